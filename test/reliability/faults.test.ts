import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '@mandate-graph/server-kit';
import { consultationsSubgraph } from '@mandate-graph/consultations';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

const SUBGRAPH_TIMEOUT_MS = 1_500;
const READ = '{ meeting(id: "WG-SAMPLE-2") { id group { name } actions { id } consultationsReviewed { id responses { total } } } }';

describe('faults: a subgraph down and back, the database cut and back', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation({ subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS });
    await seedSmallGraph(graph.subgraphs);
  });
  afterAll(async () => graph?.close());
  const health = async () => {
    const response = await fetch(graph.gateway.url.replace('/graphql', '/health'));
    return { status: response.status, body: (await response.json()) as { down?: string[] } };
  };

  it('answers in part while a subgraph is down, and in full once it is back, with no gateway restart', async () => {
    const complete = await graph.query(READ);
    expect(complete.errors).toBeUndefined();
    const port = graph.subgraphs.consultations.port;
    await graph.subgraphs.consultations.close();

    const partial = await graph.query(READ);
    expect(partial.data.meeting).toMatchObject({ id: 'WG-SAMPLE-2', group: { name: 'Sample working group' }, consultationsReviewed: null });
    expect(partial.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' }, message: expect.stringMatching(/consultations subgraph/) });
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|http:/);
    expect(await health()).toMatchObject({ status: 503, body: { down: ['consultations'] } });

    graph.subgraphs.consultations = await startSubgraph(consultationsSubgraph, { databaseUrl: graph.database.url, port, auth: graph.auth });
    const again = await graph.query(READ);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(complete.data);
    expect((await health()).status).toBe(200);
  });

  it('fails fast with a clear error while the database is unreachable, and never after it returns', async () => {
    const before = await graph.query(READ);
    expect(before.errors).toBeUndefined();
    const outage = graph.database.interrupt(4_000);
    await new Promise((resolve) => setTimeout(resolve, 300));

    const started = performance.now();
    const during = await graph.query(READ);
    const waited = performance.now() - started;
    // Bounded by the store's connect timeout (5 s), not by the client's patience.
    expect(waited).toBeLessThan(8_000);
    expect(during.errors?.length).toBeGreaterThan(0);
    for (const error of during.errors ?? []) {
      expect(error.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(error.message).toMatch(/store is unreachable for now/);
      expect(error.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|select/i);
    }

    await outage;
    const after = await Promise.all(Array.from({ length: 20 }, () => graph.query(READ)));
    for (const answer of after) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(before.data);
    }
  });

  it('cuts off a subgraph that hangs at the fetch timeout, names it, and answers in full once it answers again', async () => {
    const before = await graph.query(READ);
    // A real hang: another session holds the consultations tables, so that subgraph's read waits on it.
    const holder = new pg.Client({ connectionString: graph.database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query('lock table consultations.consultation, consultations.response_count in access exclusive mode');
    try {
      const started = performance.now();
      const during = await graph.query(READ);
      const waited = performance.now() - started;
      expect(waited).toBeGreaterThan(SUBGRAPH_TIMEOUT_MS - 100);
      expect(waited).toBeLessThan(SUBGRAPH_TIMEOUT_MS + 2_500);
      expect(during.errors?.length).toBeGreaterThan(0);
      expect(during.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE' }, message: expect.stringMatching(/subgraph/) });
      expect(JSON.stringify(during.errors)).not.toMatch(/127\.0\.0\.1|http:|timeout|abort/i);
    } finally {
      await holder.query('commit');
      await holder.end();
    }
    const after = await graph.query(READ);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });
});
