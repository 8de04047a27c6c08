import type { Store } from './store';

/**
 * The table that holds a subgraph's data version, raised once by every transaction that changes any of
 * its schema's tables, so that a cache in front of the graph can tell by one cheap read whether what it
 * holds is still true. Each service's `DataVersion` migration creates it, with a deferred constraint
 * trigger on each table (it runs at commit, after the row locks are taken, so it adds no deadlock); a
 * later migration that adds a table adds that table's trigger in its own SQL. The schema generator
 * leaves the table alone.
 */
export const DATA_VERSION_TABLE = 'data_version';

/** The committed data version of `schema`. */
export async function readDataVersion(store: Store, schema: string): Promise<string> {
  const rows = await store.em.getConnection().execute<{ version: string }[]>(`select "version" from "${schema}"."${DATA_VERSION_TABLE}" where "id" = 1`);
  return String(rows[0]?.version ?? 0);
}
