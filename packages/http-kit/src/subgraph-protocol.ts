// What a subgraph answers besides GraphQL, and the gateway reads: both sides build and parse these types,
// so a change to one side is a type error on the other.

export const HEALTH_PATH = '/health';
export const LIST_SIZES_PATH = '/list-sizes';

/** GET /health of a subgraph. */
export type SubgraphHealthReport =
  /** `dataVersion` is raised by every write its store commits: a cache keyed by it is never stale. */
  | { status: 'up'; subgraph: string; dataVersion: string }
  | { status: 'down'; subgraph: string; reason: string };

export interface ListSize {
  /**
   * The expected length of the list of a parent reached through the graph: Σn² / Σn over parents. A parent
   * reached by following an edge is more likely a well-connected one, so this (and not the plain mean) is
   * what nested lists multiply by.
   */
  typical: number;
  /** The longest such list stored. */
  max: number;
}

/** GET /list-sizes of a subgraph: the stored lengths of the lists it resolves, by `Type.field`. */
export interface ListSizeReport {
  subgraph: string;
  dataVersion: string;
  sizes: Record<string, ListSize>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A health answer as the subgraph sent it, or null when it is not one (a proxy's page, a wrong port). */
export function parseSubgraphHealth(body: unknown): SubgraphHealthReport | null {
  if (!isRecord(body) || typeof body.subgraph !== 'string') return null;
  if (body.status === 'up' && typeof body.dataVersion === 'string') return { status: 'up', subgraph: body.subgraph, dataVersion: body.dataVersion };
  if (body.status === 'down' && typeof body.reason === 'string') return { status: 'down', subgraph: body.subgraph, reason: body.reason };
  return null;
}

/** A list-size report, or null when the body is not one; sizes that are not numbers are left out. */
export function parseListSizeReport(body: unknown): ListSizeReport | null {
  if (!isRecord(body) || typeof body.subgraph !== 'string' || typeof body.dataVersion !== 'string' || !isRecord(body.sizes)) return null;
  const sizes: Record<string, ListSize> = {};
  for (const [field, size] of Object.entries(body.sizes)) {
    if (isRecord(size) && Number.isFinite(size.typical) && Number.isFinite(size.max)) sizes[field] = { typical: size.typical as number, max: size.max as number };
  }
  return { subgraph: body.subgraph, dataVersion: body.dataVersion, sizes };
}
