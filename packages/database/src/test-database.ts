import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded';

export interface TestDatabase {
  url: string;
  /** `pglite` or `postgresql`, for test names and messages. */
  kind: 'pglite' | 'postgresql';
  close(): Promise<void>;
}

/**
 * A database of its own for one test file: a fresh in-memory PGlite by default, or a new database on
 * the server named by TEST_DATABASE_URL (dropped afterwards), so the same suite runs on both.
 */
export async function provisionTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) {
    const embedded = await startEmbeddedPostgres();
    return { url: embedded.url, kind: 'pglite', close: () => embedded.close() };
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
  return {
    url: url.toString(),
    kind: 'postgresql',
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
