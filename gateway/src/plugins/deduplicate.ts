import { operationKindOf } from '../operation-kind';
import type { GatewayPlugin, SubgraphFetch } from '../plugin';

interface SharedAnswer {
  status: number;
  headers: [string, string][];
  body: string;
}

/**
 * Identical subgraph reads in flight at the same moment (same subgraph, same caller's token, same query and
 * variables) share one fetch: a dashboard refreshed by many people asks the subgraph once. Mutations are
 * never shared.
 */
function deduplicatingFetch(fetchOnce: SubgraphFetch): SubgraphFetch {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  return async (input, init) => {
    const body = typeof init.body === 'string' ? init.body : null;
    if (!body || operationKindOf(body) !== 'query') return fetchOnce(input, init);
    const key = `${input}\n${new Headers(init.headers).get('authorization') ?? ''}\n${body}`;
    let shared = inFlight.get(key);
    if (!shared) {
      shared = fetchOnce(input, init)
        .then(async (response) => ({ status: response.status, headers: [...response.headers], body: await response.text() }))
        .finally(() => inFlight.delete(key));
      inFlight.set(key, shared);
    }
    const answer = await shared;
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  };
}

export function deduplicationPlugin(): GatewayPlugin {
  return { name: 'deduplication', wrapFetch: deduplicatingFetch };
}
