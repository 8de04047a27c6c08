import { join } from 'node:path';
import { startEmbeddedPostgres, StoreInUseError } from '@mandate-graph/database';
import { dataDir } from './paths';

export interface Database {
  url: string;
  /** What to tell a person: never the password of a server URL. */
  description: string;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL kept under .data/. One process opens that
 * directory; with `shareRunning`, a store a running graph already serves is used through its socket (what it
 * writes, the running graph answers with), and without it the holder is named and nothing is opened.
 */
export async function openDatabase(options: { shareRunning?: boolean } = {}): Promise<Database> {
  const server = process.env.DATABASE_URL;
  if (server) {
    const url = new URL(server);
    url.password = url.password ? '***' : '';
    return { url: server, description: `PostgreSQL at ${url.host}${url.pathname}`, close: async () => {} };
  }
  const directory = join(dataDir(), 'pglite');
  try {
    const embedded = await startEmbeddedPostgres({ dataDir: directory });
    return { url: embedded.url, description: `embedded PostgreSQL (PGlite) in ${directory}`, close: () => embedded.close() };
  } catch (error) {
    if (!(error instanceof StoreInUseError) || !options.shareRunning || !error.holder.url) throw error;
    return {
      url: error.holder.url,
      description: `the embedded PostgreSQL in ${directory} that the running graph serves (process ${error.holder.pid})`,
      close: async () => {},
    };
  }
}
