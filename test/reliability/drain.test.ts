import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { runCli } from '../support/cli';
import { postGraphQL } from '../support/federation';

const SELECTION = '{ group(id: "CWG-SAMPLE") { name meetings { id actions { id } } } }';
// Two different requests, so that the held one is not answered from the gateway's response cache.
const FIRST = `query First ${SELECTION}`;
const HELD = `query Held ${SELECTION}`;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SIGTERM: the graph finishes what it is answering, then stops', () => {
  let database: TestDatabase;
  const dataDir = mkdtempSync(join(tmpdir(), 'mandate-drain-'));
  beforeAll(async () => {
    database = await provisionTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers a request held up in the database in full after SIGTERM, refuses new ones, and exits 0', { timeout: 180_000 }, async () => {
    const run = runCli(['start', '--port', '0', '--subgraph-ports', 'auto'], { DATABASE_URL: database.url, MANDATE_DATA_DIR: dataDir, NODE_ENV: undefined });
    const [, url] = await run.waitFor(/serving the graph at (http:\/\/\S+)/);
    const expected = await postGraphQL<any>(url, FIRST);
    expect(expected.errors, run.output()).toBeUndefined();
    expect(expected.data.group.meetings.length).toBeGreaterThan(0);

    // A real slow request: another session holds the meetings tables, so the subgraph's read waits on it.
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table meetings."group", meetings.meeting, meetings.action in access exclusive mode');
    let answered = false;
    const slow = postGraphQL<any>(url, HELD).finally(() => (answered = true));
    await pause(500);

    run.child.kill('SIGTERM');
    await run.waitFor(/SIGTERM: finishing requests in flight/);
    await pause(300);
    // The listening socket is closed at once: a new request gets no answer from this process.
    await expect(fetch(url.replace('/graphql', '/health'))).rejects.toThrow();

    await pause(1_000);
    expect(answered).toBe(false);
    await holder.query('commit');
    await holder.end();

    const answer = await slow;
    expect(answer.errors, run.output()).toBeUndefined();
    expect(answer.data).toEqual(expected.data);
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/Stopped cleanly/);
  });
});
