import { HEALTH_PATH, parseSubgraphHealth, sendJson, type Route } from '@mandate-graph/http-kit';

export type SubgraphState = 'up' | 'down';

export type SubgraphHealth =
  /** `dataVersion` is raised by every write the subgraph's store commits. */
  | { state: 'up'; dataVersion: string }
  | { state: 'down' };

/** Asks each subgraph's /health; a subgraph that does not answer in time, or not with a health report, counts as down. */
export async function subgraphHealth(subgraphUrls: Record<string, string>, timeoutMs = 2_000): Promise<Record<string, SubgraphHealth>> {
  const entries = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]): Promise<[string, SubgraphHealth]> => {
      try {
        const response = await fetch(new URL(HEALTH_PATH, url), { signal: AbortSignal.timeout(timeoutMs) });
        const report = parseSubgraphHealth(await response.json());
        return [name, response.ok && report?.status === 'up' ? { state: 'up', dataVersion: report.dataVersion } : { state: 'down' }];
      } catch {
        return [name, { state: 'down' }];
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** Each subgraph's state alone. */
export async function subgraphStates(subgraphUrls: Record<string, string>, timeoutMs = 2_000): Promise<Record<string, SubgraphState>> {
  const health = await subgraphHealth(subgraphUrls, timeoutMs);
  return Object.fromEntries(Object.entries(health).map(([name, { state }]) => [name, state]));
}

/** What a process supervisor (`npm start`) tells of each subgraph it keeps running. */
export type Supervision = () => Record<string, { state: string; restarts: number; lastExit?: { at: string; cause: string } }>;

/** Addresses and file paths stay in the log: /health is public. */
const INTERNALS = /\bhttps?:\/\/\S+|\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?|\[[0-9a-f:]+\](?::\d+)?|(?:\/[\w.@-]+){2,}/gi;

function publicSupervision(supervision: Supervision): ReturnType<Supervision> {
  return Object.fromEntries(Object.entries(supervision()).map(([name, state]) => [
    name,
    state.lastExit ? { ...state, lastExit: { ...state.lastExit, cause: state.lastExit.cause.replace(INTERNALS, '[internal]') } } : state,
  ]));
}

/**
 * GET /health: 200 when every subgraph is up, 503 naming the ones that are down (never their addresses);
 * under a supervisor, also each subgraph's restarts and why it last stopped.
 */
export function healthRoute(subgraphUrls: Record<string, string>, supervision?: Supervision): Route {
  return async (request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith(HEALTH_PATH)) return false;
    const subgraphs = await subgraphStates(subgraphUrls);
    const down = Object.entries(subgraphs).filter(([, state]) => state === 'down').map(([name]) => name);
    const supervisor = supervision ? { supervisor: publicSupervision(supervision) } : {};
    sendJson(response, down.length ? 503 : 200, down.length ? { status: 'degraded', down, subgraphs, ...supervisor } : { status: 'up', subgraphs, ...supervisor });
    return true;
  };
}
