import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '@mandate-graph/database';

export interface TestDatabase {
  url: string;
  /** `pglite` or `postgresql`, for test names and messages. */
  kind: 'pglite' | 'postgresql';
  /** An outage: every connection is cut and none accepted for `ms`; resolves when connections are accepted again. */
  interrupt(ms: number): Promise<void>;
  close(): Promise<void>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A database of its own for one test file: a fresh in-memory PGlite by default, or a new database on
 * the server named by TEST_DATABASE_URL (dropped afterwards), so the same suite runs on both.
 */
export async function provisionTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    return {
      url: embedded.url,
      kind: 'pglite',
      async interrupt(ms) {
        await embedded.pause();
        await pause(ms);
        await embedded.resume();
      },
      close: () => embedded.close(),
    };
  }
  const name = `mandate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  // The shared server cannot be stopped for one test: its database refuses connections and loses the ones it had.
  const asAdmin = async (sql: string) => {
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    try {
      await admin.query(sql);
    } finally {
      await admin.end();
    }
  };
  return {
    url: url.toString(),
    kind: 'postgresql',
    async interrupt(ms) {
      await asAdmin(`alter database "${name}" allow_connections false`);
      await asAdmin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}'`);
      await pause(ms);
      await asAdmin(`alter database "${name}" allow_connections true`);
    },
    async close() {
      const dropper = new pg.Client({ connectionString: server });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
