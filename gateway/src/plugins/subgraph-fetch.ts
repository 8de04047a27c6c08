import { GraphQLError } from 'graphql';
import type { GatewayPlugin } from '../plugin';

/** A subgraph fetch that takes longer than `timeoutMs` is abandoned. */
export function subgraphTimeoutPlugin(timeoutMs: number): GatewayPlugin {
  return {
    name: 'subgraph-timeout',
    wrapFetch: (next) => (url, request) => next(url, { ...request, timeoutMs }),
  };
}

/** A subgraph that cannot be reached is named in the answer; its address and the cause stay in the log. */
export function subgraphUnavailablePlugin(): GatewayPlugin {
  return {
    name: 'subgraph-unavailable',
    wrapFetch: (next, subgraph) => async (url, request) => {
      try {
        return await next(url, request);
      } catch (cause) {
        const reason = cause instanceof Error ? `${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ''}` : String(cause);
        console.error(`[gateway] the ${subgraph} subgraph is unreachable: ${reason}`);
        throw new GraphQLError(`The ${subgraph} subgraph is unavailable; fields it serves are missing from this answer.`, {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph },
        });
      }
    },
  };
}
