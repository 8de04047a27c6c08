import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { estimateCost, type ListSizeOf } from '../query-cost';
import { startListStatistics } from '../list-statistics';
import type { GatewayPlugin } from '../plugin';

const format = (value: number) => (Number.isFinite(value) && value < 1e15 ? Math.round(value).toLocaleString('en') : value.toExponential(1));

/**
 * Prices each operation before any subgraph is asked (page sizes times the stored lengths of the lists it
 * nests) and refuses one that would cost more than `maxCost` field values, with the estimate in the error.
 * An answer carries its estimate in `extensions.cost`.
 */
function costLimit(maxCost: number, listSizeOf: ListSizeOf): ApolloServerPlugin<BaseContext> {
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

export interface QueryCostOptions {
  maxCost: number;
  subgraphUrls: Record<string, string>;
  /** How often the stored list lengths are read again (ms). */
  refreshMs?: number;
  /** Sent with each reading (the gateway's secret, where subgraphs require it). */
  headers?: Record<string, string>;
}

/** The cost limit, priced by the list lengths each subgraph reports of its store. */
export function queryCostLimitPlugin(options: QueryCostOptions): GatewayPlugin {
  const statistics = startListStatistics(options.subgraphUrls, options.refreshMs, options.headers);
  return { name: 'query-cost-limit', apollo: [costLimit(options.maxCost, statistics.listSizeOf)], ready: statistics.ready, close: statistics.close };
}
