import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { estimateCost, type ListSizeOf } from './query-cost';

const format = (value: number) => (Number.isFinite(value) && value < 1e15 ? Math.round(value).toLocaleString('en') : value.toExponential(1));

/**
 * Prices each operation before any subgraph is asked (page sizes times the stored lengths of the lists it
 * nests) and refuses one that would cost more than `maxCost` field values, with the estimate in the error.
 * An answer carries its estimate in `extensions.cost`.
 */
export function costLimitPlugin(maxCost: number, listSizeOf: ListSizeOf): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      let estimated: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const estimate = estimateCost(schema, document, operation, request.variables ?? {}, listSizeOf);
          estimated = estimate.fieldValues;
          if (estimated > maxCost) {
            throw new GraphQLError(
              `This query is too expensive: it would return about ${format(estimated)} values (${format(estimate.objects)} objects), more than the limit of ${format(maxCost)}. Ask for fewer items (first) or nest fewer lists.`,
              { extensions: { code: 'QUERY_TOO_EXPENSIVE', cost: { estimated: Number.isFinite(estimated) ? Math.round(estimated) : Number.MAX_VALUE, limit: maxCost }, http: { status: 400 } } },
            );
          }
        },
        async willSendResponse({ response }) {
          if (estimated === undefined || estimated > maxCost || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { estimated, limit: maxCost } };
        },
      };
    },
  };
}
