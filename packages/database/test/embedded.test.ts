import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src';

describe('embedded PostgreSQL served over the wire protocol', () => {
  let embedded: EmbeddedPostgres;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
  });
  afterAll(async () => embedded.close());

  it('keeps concurrent clients apart: each gets the rows of its own parameterised query', async () => {
    const clients = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const client = new pg.Client({ connectionString: embedded.url });
        await client.connect();
        return client;
      }),
    );
    try {
      // Extended-protocol batches from six connections at once: the unnamed statement of one must
      // never be bound with another's parameters.
      const rounds = await Promise.all(
        clients.map(async (client, c) => {
          let matching = 0;
          for (let i = 0; i < 20; i++) {
            const expected = `${c}:${i}`;
            const result = await client.query('select $1::text as echo, length($1::text) as n', [expected]);
            if (result.rows[0].echo === expected && result.rows[0].n === expected.length) matching++;
          }
          return matching;
        }),
      );
      expect(rounds).toEqual(clients.map(() => 20));
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('isolates a transaction from statements of other connections until it commits', async () => {
    const writer = new pg.Client({ connectionString: embedded.url });
    const reader = new pg.Client({ connectionString: embedded.url });
    await writer.connect();
    await reader.connect();
    try {
      await writer.query('create table if not exists isolation_probe (n int)');
      await writer.query('begin');
      await writer.query('insert into isolation_probe values (1)');
      const readDuringTransaction = reader.query('select count(*)::int as n from isolation_probe');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await writer.query('commit');
      // The reader waited for the writer's transaction instead of running inside it.
      expect((await readDuringTransaction).rows[0].n).toBe(1);
    } finally {
      await writer.end();
      await reader.end();
    }
  });

  it('keeps data across a restart when given a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mandate-pglite-'));
    try {
      const first = await startEmbeddedPostgres({ dataDir: dir });
      const writer = new pg.Client({ connectionString: first.url });
      await writer.connect();
      await writer.query("create table kept (v text); insert into kept values ('still here')");
      await writer.end();
      await first.close();

      const second = await startEmbeddedPostgres({ dataDir: dir });
      const reader = new pg.Client({ connectionString: second.url });
      await reader.connect();
      const { rows } = await reader.query('select v from kept');
      await reader.end();
      await second.close();
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says which port is taken instead of failing with a stack trace', async () => {
    await expect(startEmbeddedPostgres({ port: embedded.port })).rejects.toThrow(`Port ${embedded.port} is already in use`);
  });
});
