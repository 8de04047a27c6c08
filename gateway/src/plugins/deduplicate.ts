import { operationKindOf } from '../operation-kind';
import type { GatewayPlugin, SubgraphAnswer, SubgraphFetch } from '../plugin';

/**
 * Identical subgraph reads in flight at the same moment (same subgraph, same caller's token, same query and
 * variables) share one fetch: a dashboard refreshed by many people asks the subgraph once. Mutations are
 * never shared.
 */
function deduplicatingFetch(fetchOnce: SubgraphFetch): SubgraphFetch {
  const inFlight = new Map<string, Promise<SubgraphAnswer>>();
  return (url, request) => {
    const { body } = request;
    if (!body || operationKindOf(body) !== 'query') return fetchOnce(url, request);
    // Header names are in lower case (SubgraphRequest); each sharer parses the answer's text for itself.
    const key = `${url}\n${request.headers.authorization ?? ''}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetchOnce(url, request).finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    return shared;
  };
}

export function deduplicationPlugin(): GatewayPlugin {
  return { name: 'deduplication', wrapFetch: deduplicatingFetch };
}
