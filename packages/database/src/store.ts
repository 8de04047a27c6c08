import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';

export interface StoreOptions {
  /** postgres://… of the embedded socket or a PostgreSQL server. */
  url: string;
  /** The PostgreSQL schema this subgraph owns. */
  schema: string;
  entities: Options['entities'];
  /** Committed migrations, oldest first; applied on open, never a schema update at run time. */
  migrations: MigrationObject[];
  /** Sees every SQL statement the store sends (statement counting in tests, diagnostics). */
  onQuery?: (sql: string) => void;
  poolSize?: number;
  /** How long a request waits for a connection before it fails with a clear error. */
  connectTimeoutMs?: number;
}

export type Store = MikroORM;

/** Opens a subgraph's store and brings its schema up to the newest committed migration. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const orm = await MikroORM.init({
    clientUrl: options.url,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      tableName: 'schema_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    // Kept by SQL triggers, not by an entity (server-kit's data version).
    schemaGenerator: { skipTables: ['data_version'] },
    pool: { min: 0, max: options.poolSize ?? 4, acquireTimeoutMillis: options.connectTimeoutMs ?? 5_000 },
    driverOptions: { connection: { connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000 } },
    allowGlobalContext: false,
    ensureDatabase: false,
    debug: false,
  });
  if (options.onQuery) {
    const listener = options.onQuery;
    orm.em.getConnection().getKnex().on('query', (query: { sql: string }) => listener(query.sql));
  }
  await orm.getMigrator().up();
  return orm;
}
