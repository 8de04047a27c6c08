import type { Store } from '@mandate-graph/database';
import { readDataVersion } from '@mandate-graph/database';
import { LIST_SIZES_PATH, sendJson, type ListSize, type ListSizeReport, type Route } from '@mandate-graph/http-kit';

/**
 * For each list field a subgraph resolves (`Type.field`), SQL giving one row per parent with the length
 * `n` of that parent's list. Its statistics let the gateway price a query before it runs.
 */
export type ListSizeQueries = Record<string, string>;

function statisticsSql(queries: ListSizeQueries): string {
  return Object.entries(queries)
    .map(([field, sql]) =>
      `select '${field.replace(/'/g, "''")}' as "field", coalesce(sum(n::float8 * n) / nullif(sum(n), 0), 0) as "typical", coalesce(max(n), 0) as "max" from (${sql}) as counts(n)`)
    .join('\nunion all\n');
}

/**
 * GET /list-sizes: the statistics of every list field, computed again only when the data version moved and
 * at most once per `refreshMs` (a large ingestion moves it at every document).
 */
export function listSizesRoute(subgraph: string, store: Store, schema: string, queries: ListSizeQueries, refreshMs = 10_000): Route {
  let latest: { report: ListSizeReport; at: number } | null = null;
  let computing: Promise<ListSizeReport> | null = null;
  const compute = async (): Promise<ListSizeReport> => {
    const dataVersion = await readDataVersion(store, schema);
    if (latest && (latest.report.dataVersion === dataVersion || performance.now() - latest.at < refreshMs)) return latest.report;
    const sizes: Record<string, ListSize> = {};
    if (Object.keys(queries).length) {
      const rows = await store.em.getConnection().execute<{ field: string; typical: number | string; max: number | string }[]>(statisticsSql(queries));
      for (const row of rows) sizes[row.field] = { typical: Number(row.typical), max: Number(row.max) };
    }
    latest = { report: { subgraph, dataVersion, sizes }, at: performance.now() };
    return latest.report;
  };
  return async (request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith(LIST_SIZES_PATH)) return false;
    try {
      computing ??= compute().finally(() => (computing = null));
      sendJson(response, 200, await computing);
    } catch {
      sendJson(response, 503, { status: 'down', subgraph, reason: 'database unreachable' });
    }
    return true;
  };
}
