import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/database';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import { SUBGRAPHS } from '@mandate-graph/cli';

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
        // A second start applies nothing new and changes nothing.
        expect(await store.getMigrator().getPendingMigrations()).toEqual([]);
      } finally {
        await store.close();
      }
    });
  }
});
