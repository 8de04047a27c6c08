import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntitySchema } from '@mikro-orm/core';
// The harness is built on this package, so this package cannot declare it: vitest resolves it from source.
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openStore, type Store } from '../src';

// Every statement a subgraph sends has a deadline: a slow one is cancelled (a PostgreSQL server) or given up
// on (PGlite, which cannot cancel), and one sent to a server that stopped answering fails instead of hanging.

/** A TCP relay to the database that can stop passing bytes, as a stopped (SIGSTOP) server would. */
async function startRelay(target: URL): Promise<{ url: string; freeze(): void; thaw(): void; close(): Promise<void> }> {
  let frozen = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const pass = (from: Socket, to: Socket) => from.on('data', (chunk) => (frozen ? held.push(() => to.write(chunk)) : to.write(chunk)));
    pass(client, upstream);
    pass(upstream, client);
    const end = () => { client.destroy(); upstream.destroy(); };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as { port: number }).port);
  return {
    url: url.toString(),
    freeze: () => { frozen = true; },
    thaw: () => { frozen = false; held.splice(0).forEach((write) => write()); },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a statement deadline', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await provisionTestDatabase();
  });
  afterAll(async () => database?.close());

  // The store needs one entity to open; these tests only send raw statements.
  const probe = new EntitySchema({ name: 'Probe', tableName: 'probe', properties: { id: { type: 'number', primary: true } } });
  const open = (url: string): Promise<Store> => openStore({ url, schema: 'public', entities: [probe], migrations: [], statementTimeoutMs: 500 });

  it('ends a statement that runs past it, with an error that says so, and the store answers afterwards', async () => {
    const store = await open(database.url);
    try {
      const started = performance.now();
      const error = await store.em.fork().execute('select pg_sleep(6)').then(() => null, (failure: Error) => failure);
      expect(error?.message).toMatch(/canceling statement due to statement timeout|Query read timeout/);
      // PGlite runs in this very process and blocks it while the statement runs: the driver's timer can only
      // fire when it is done. Under `npm start` it runs in another process than the subgraphs.
      if (database.kind === 'postgresql') expect(performance.now() - started).toBeLessThan(6_000);
      // PGlite finishes the statement it could not cancel, then serves again; a server cancelled it.
      await expect(store.em.fork().execute('select 1 as one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  }, 30_000);

  it('fails a statement sent to a database that stopped answering, instead of waiting for ever', async () => {
    const relay = await startRelay(new URL(database.url));
    const store = await open(relay.url);
    try {
      await store.em.fork().execute('select 1');
      relay.freeze();
      const error = await store.em.fork().execute('select 2').then(() => null, (failure: Error) => failure);
      expect(error?.message).toMatch(/Query read timeout/);
      relay.thaw();
      await expect(store.em.fork().execute('select 3 as three')).resolves.toEqual([{ three: 3 }]);
    } finally {
      relay.thaw();
      await store.close();
      await relay.close();
    }
  }, 30_000);
});
