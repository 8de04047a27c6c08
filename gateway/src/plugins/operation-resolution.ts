import { GraphQLError, Kind } from 'graphql';
import type { GatewayPlugin } from '../plugin';

const refuse = (message: string, code: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * A request whose document names no operation to run, or a subscription (this graph serves none), is the
 * client's mistake: refused with a 400 before the gateway plans it, where it would fail as an internal error.
 */
export function operationResolutionPlugin(): GatewayPlugin {
  return {
    name: 'operation-resolution',
    apollo: [{
      async requestDidStart() {
        return {
          async didResolveOperation({ document, operation, request }) {
            if (!operation) {
              const named = request.operationName;
              const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
              if (named) throw refuse(`Unknown operation named "${named.slice(0, 100)}".`, 'OPERATION_RESOLUTION_FAILURE');
              throw refuse(operations > 1 ? 'Must provide operation name if query contains multiple operations.' : 'The document holds no operation to run.', 'OPERATION_RESOLUTION_FAILURE');
            }
            if (operation.operation === 'subscription') throw refuse('This graph serves no subscriptions: ask with a query.', 'BAD_REQUEST');
          },
        };
      },
    }],
  };
}
