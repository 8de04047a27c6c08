import type { EntityManager } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeMeetingFacts } from '@mandate-graph/meetings';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

const POLL_MS = 100;
const READ = '{ group(id: "WG-SAMPLE") { name meetings { id actions { id status } } } }';
const UPDATE = 'mutation { updateActionStatus(id: "WG-SAMPLE-1/3.1", status: DONE, note: "closed") { status } }';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('response cache: repeated anonymous reads answered without the subgraphs, never stale after a write', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation({ responseCache: { maxBytes: 1_000_000, pollMs: POLL_MS } });
    await seedSmallGraph(graph.subgraphs);
    await pause(POLL_MS * 3);
  });
  afterAll(async () => graph?.close());

  /** One POST through the gateway: the answer, whether the cache served it, and the SQL the subgraphs sent. */
  async function read(query = READ, headers: Record<string, string> = {}) {
    for (const log of Object.values(graph.statements)) log.length = 0;
    const response = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const statements = Object.values(graph.statements).reduce((sum, log) => sum + log.length, 0);
    return { body: (await response.json()) as any, hit: response.headers.get('x-response-cache') === 'hit', statements };
  }

  it('serves the second identical anonymous read from memory: same answer, no SQL', async () => {
    const first = await read();
    expect(first.body.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    // A read that raced a version change is stored under the old version; the next one is kept.
    let again = await read();
    for (let attempt = 0; !again.hit && attempt < 5; attempt++) {
      await pause(POLL_MS * 2);
      again = await read();
    }
    expect(again).toMatchObject({ hit: true, statements: 0 });
    expect(again.body).toEqual(first.body);
  });

  it('answers with the new data once ingestion has written, within the polling interval', async () => {
    await read();
    const em = graph.subgraphs.meetings.store.em.fork() as EntityManager;
    // A later document than the one that named the group (samples/report): its reading wins.
    await em.transactional((tx) => storeMeetingFacts(tx as EntityManager, 'samples/review', {
      groups: [{ id: 'WG-SAMPLE', name: 'Sample working group, renamed', source: { paragraph: null, start: 0, end: 7, quote: 'renamed' } }], meetings: [], actions: [],
    }));
    await pause(POLL_MS * 3);
    const after = await read();
    expect(after.hit).toBe(false);
    expect(after.body.data.group.name).toBe('Sample working group, renamed');
  });

  it('shows a status update made through this gateway to the very next read, with no wait', async () => {
    const before = await read();
    await read();
    const token = await graph.token('secretariat');
    const update = await graph.query(UPDATE, {}, { authorization: `Bearer ${token}` });
    expect(update.errors, JSON.stringify(update.errors)).toBeUndefined();
    const after = await read();
    expect(after.hit).toBe(false);
    const status = (answer: any) => answer.data.group.meetings[0].actions.find((action: any) => action.id === 'WG-SAMPLE-1/3.1').status;
    expect(status(before.body)).not.toBe('DONE');
    expect(status(after.body)).toBe('DONE');
  });

  it('never stores what a token asks, nor answers with errors', async () => {
    const token = await graph.token('secretariat');
    for (let round = 0; round < 2; round++) {
      const signedIn = await read(READ, { authorization: `Bearer ${token}` });
      expect(signedIn).toMatchObject({ hit: false });
      expect(signedIn.statements).toBeGreaterThan(0);
    }
    const failing = '{ actions(first: 500) { totalCount } }';
    const once = await read(failing);
    expect(once.body.errors?.[0].message).toMatch(/first must be between 0 and 100/);
    expect((await read(failing)).hit).toBe(false);
  });
});
