import type { Store } from '@mandate-graph/database';

/** The table that holds a subgraph's data version; the schema generator leaves it alone. */
export const DATA_VERSION_TABLE = 'data_version';
const SKIPPED = [DATA_VERSION_TABLE, 'schema_migrations'];

/**
 * SQL that gives `schema` a data version, raised once by every transaction that changes any of its tables,
 * so that a cache in front of the graph can tell by one cheap read whether what it holds is still true.
 * The raise is a deferred constraint trigger: it runs at commit, after the transaction has taken its row
 * locks, so it adds no deadlock; and being a trigger on every table, no write path can forget it.
 * Idempotent: a migration that adds tables runs it again to cover them.
 */
export function dataVersionSql(schema: string): string[] {
  const skipped = SKIPPED.map((table) => `'${table}'`).join(', ');
  return [
    `create table if not exists "${schema}"."${DATA_VERSION_TABLE}" ("id" smallint primary key default 1 check ("id" = 1), "version" bigint not null default 0);`,
    `insert into "${schema}"."${DATA_VERSION_TABLE}" ("id", "version") values (1, 0) on conflict do nothing;`,
    `create or replace function "${schema}"."raise_data_version"() returns trigger language plpgsql as $$
begin
  -- Once per transaction, however many rows it touched.
  if current_setting('mandate_graph.raised_${schema}', true) is distinct from 'yes' then
    perform set_config('mandate_graph.raised_${schema}', 'yes', true);
    update "${schema}"."${DATA_VERSION_TABLE}" set "version" = "version" + 1 where "id" = 1;
  end if;
  return null;
end $$;`,
    `do $$
declare
  target record;
begin
  for target in select table_name from information_schema.tables
    where table_schema = '${schema}' and table_type = 'BASE TABLE' and table_name not in (${skipped})
  loop
    execute format('drop trigger if exists raise_data_version on %I.%I', '${schema}', target.table_name);
    execute format('create constraint trigger raise_data_version after insert or update or delete on %I.%I deferrable initially deferred for each row execute function %I.raise_data_version()', '${schema}', target.table_name, '${schema}');
  end loop;
end $$;`,
  ];
}

/** The committed data version of `schema`. */
export async function readDataVersion(store: Store, schema: string): Promise<string> {
  const rows = await store.em.getConnection().execute<{ version: string }[]>(`select "version" from "${schema}"."${DATA_VERSION_TABLE}" where "id" = 1`);
  return String(rows[0]?.version ?? 0);
}
