import { join } from 'node:path';
import { startEmbeddedPostgres } from '@mandate-graph/database';
import { dataDir } from './paths';

export interface Database {
  url: string;
  /** What to tell a person: never the password of a server URL. */
  description: string;
  close(): Promise<void>;
}

/** DATABASE_URL when set; otherwise the embedded PostgreSQL kept under .data/. */
export async function openDatabase(): Promise<Database> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const url = new URL(server);
    url.password = url.password ? '***' : '';
    return { url: server, description: `PostgreSQL at ${url.host}${url.pathname}`, close: async () => {} };
  }
  const directory = join(dataDir(), 'pglite');
  const embedded = await startEmbeddedPostgres({ dataDir: directory });
  return { url: embedded.url, description: `embedded PostgreSQL (PGlite) in ${directory}`, close: () => embedded.close() };
}
