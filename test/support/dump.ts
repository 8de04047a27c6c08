import pg from 'pg';

const SCHEMAS = ['documents', 'resolutions', 'meetings', 'consultations'];

/**
 * Every row of every table the four stores hold, without the generated serial keys and the data
 * versions (which count attempts, not facts), sorted: two stores with the same facts dump the same.
 */
export async function dumpStores(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query(
      `select table_schema, table_name from information_schema.tables
        where table_schema = any($1) and table_name not in ('schema_migrations', 'data_version') order by 1, 2`,
      [SCHEMAS],
    );
    const out: Record<string, string[]> = {};
    for (const { table_schema: schema, table_name: table } of tables.rows) {
      const columns = await client.query(
        `select column_name from information_schema.columns where table_schema = $1 and table_name = $2 and column_name <> 'serial' order by ordinal_position`,
        [schema, table],
      );
      const list = columns.rows.map((row) => `"${row.column_name}"`).join(', ');
      const rows = await client.query(`select row(${list})::text as row from "${schema}"."${table}" order by 1`);
      out[`${schema}.${table}`] = rows.rows.map((row) => row.row);
    }
    return out;
  } finally {
    await client.end();
  }
}
