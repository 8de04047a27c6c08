import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { DATA_VERSION_TABLE } from './data-version';

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
  /**
   * The longest one statement may run. A PostgreSQL server cancels it (freeing the connection); the driver
   * also gives up waiting a little later, which is the deadline that holds when the server hangs, and the
   * only one PGlite has (it runs no timers, so it cannot cancel). Migrations run without it.
   */
  statementTimeoutMs?: number;
}

/** How much longer than the server's own timeout the driver waits for an answer before it gives up. */
const DRIVER_GRACE_MS = 2_000;

export type Store = MikroORM;

/** Opens a subgraph's store and brings its schema up to the newest committed migration. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const orm = await initStore(options);
  // A migration may rightly run longer than any request's statement: it gets a store of its own, untimed,
  // of one connection, which holds a lock on the schema's migrations meanwhile, so that processes started
  // together (two ingestion parts, subgraphs scaled out) apply each migration once.
  const migrating = await initStore({ ...options, statementTimeoutMs: undefined, onQuery: undefined, poolSize: 1 });
  try {
    const connection = migrating.em.getConnection();
    await connection.execute('select pg_advisory_lock(hashtext(?))', [`mandate-graph migrations ${options.schema}`]);
    try {
      await migrating.getMigrator().up();
    } finally {
      await connection.execute('select pg_advisory_unlock(hashtext(?))', [`mandate-graph migrations ${options.schema}`]);
    }
  } finally {
    await migrating.close();
  }
  if (options.onQuery) {
    const listener = options.onQuery;
    orm.em.getConnection().getKnex().on('query', (query: { sql: string }) => listener(query.sql));
  }
  return orm;
}

function initStore(options: StoreOptions): Promise<Store> {
  const timeouts = options.statementTimeoutMs
    ? { statement_timeout: options.statementTimeoutMs, query_timeout: options.statementTimeoutMs + DRIVER_GRACE_MS }
    : {};
  return MikroORM.init({
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
    // Kept by SQL triggers, not by an entity.
    schemaGenerator: { skipTables: [DATA_VERSION_TABLE] },
    pool: { min: 0, max: options.poolSize ?? 4, acquireTimeoutMillis: options.connectTimeoutMs ?? 5_000 },
    driverOptions: { connection: { connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000, ...timeouts } },
    allowGlobalContext: false,
    ensureDatabase: false,
    debug: false,
  });
}
