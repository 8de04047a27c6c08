import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import { PROJECT_ROOT, SUBGRAPHS } from '@mandate-graph/cli';

describe('committed migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await provisionTestDatabase();
  });
  afterAll(async () => database?.close());

  for (const { definition } of SUBGRAPHS) {
    it(`bring the ${definition.name} schema exactly to what its entities describe, in its own PostgreSQL schema`, async () => {
      const store = await openSubgraphStore(definition, { databaseUrl: database.url });
      try {
        const drift = await store.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, schema: definition.databaseSchema });
        expect(drift.trim()).toBe('');
        const tables = await store.em.getConnection().execute(`select table_schema from information_schema.tables where table_name = 'schema_migrations'`);
        expect(tables.map((row: { table_schema: string }) => row.table_schema)).toContain(definition.databaseSchema);
        // Every table raises the data version that caches in front of the graph rely on.
        const unwatched = await store.em.getConnection().execute(`select table_name from information_schema.tables t
          where table_schema = ? and table_type = 'BASE TABLE' and table_name not in ('data_version', 'schema_migrations')
          and not exists (select 1 from information_schema.triggers where event_object_schema = t.table_schema
            and event_object_table = t.table_name and trigger_name = 'raise_data_version')`, [definition.databaseSchema]);
        expect(unwatched).toEqual([]);
        // A second start applies nothing new and changes nothing.
        expect(await store.getMigrator().getPendingMigrations()).toEqual([]);
      } finally {
        await store.close();
      }
    });
  }

  it('are frozen SQL: a migration imports nothing but the Migration class, so no later change of code rewrites what it did', () => {
    const imports: string[] = [];
    for (const { definition } of SUBGRAPHS) {
      const folder = join(PROJECT_ROOT, 'services', definition.name, 'src', 'migrations');
      for (const file of readdirSync(folder).filter((name) => /^Migration\d+.*\.ts$/.test(name))) {
        for (const [, source] of readFileSync(join(folder, file), 'utf8').matchAll(/^import .* from '([^']+)';$/gm)) {
          if (source !== '@mikro-orm/migrations') imports.push(`${definition.name}/${file} imports ${source}`);
        }
      }
    }
    expect(imports).toEqual([]);
  });
});
