import { createServer, type Server, type Socket } from 'node:net';
import { mkdirSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { SessionQueue } from './session-queue';
import { describeListenError } from '@mandate-graph/http-kit';
import { lockDataDirectory, type DataDirectoryLock } from './data-dir-lock';

export interface EmbeddedPostgres {
  /** postgres://… URL that the ordinary `pg` driver connects to. */
  url: string;
  port: number;
  /** Drops every client connection and refuses new ones until `resume` (an outage, for fault tests). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory that keeps the data; omit for an in-memory database (tests). */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
}

/**
 * Starts PGlite and serves it on loopback with the PostgreSQL wire protocol, so every process uses the
 * same `@mikro-orm/postgresql` driver whether the store is embedded or a PostgreSQL server.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  let lock: DataDirectoryLock | undefined;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    // Throws StoreInUseError (naming the holder and where it serves) when another process has it open.
    lock = lockDataDirectory(resolvePath(options.dataDir));
  }
  try {
    return await serveEmbeddedPostgres(options, lock);
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function serveEmbeddedPostgres(options: EmbeddedPostgresOptions, lock: DataDirectoryLock | undefined): Promise<EmbeddedPostgres> {
  const handlers = new Set<PGLiteSocketHandler>();

  // Listen before loading PGlite, so a taken port is reported at once.
  let queue: SessionQueue | undefined;
  const server: Server = createServer((socket: Socket) => {
    if (!queue) return socket.destroy();
    const handler = new PGLiteSocketHandler({
      // The handler only calls enqueue / clearQueueForHandler / clearTransactionIfNeeded.
      queryQueue: queue as unknown as ConstructorParameters<typeof PGLiteSocketHandler>[0]['queryQueue'],
      closeOnDetach: true,
    });
    handlers.add(handler);
    handler.addEventListener('close', () => handlers.delete(handler));
    handler.addEventListener('error', () => handlers.delete(handler));
    void handler.attach(socket);
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', (error) => reject(describeListenError(error, options.port ?? 0, 'embedded PostgreSQL')));
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('embedded PostgreSQL did not get a port'));
    });
  });

  let db: PGlite;
  try {
    db = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm } });
  } catch (error) {
    server.close();
    throw error;
  }
  queue = new SessionQueue(db);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  lock?.announce(url);

  let closed = false;
  let paused = false;
  return {
    url,
    port,
    async pause() {
      if (paused || closed) return;
      paused = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      await stopped;
    },
    async resume() {
      if (!paused || closed) return;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
      });
      paused = false;
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([...handlers].map((handler) => handler.detach(true)));
      if (!paused) await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
      lock?.release();
    },
  };
}
