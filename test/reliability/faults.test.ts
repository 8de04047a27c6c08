import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '@mandate-graph/server-kit';
import { consultationsSubgraph } from '@mandate-graph/consultations';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

const READ = '{ meeting(id: "WG-SAMPLE-2") { id group { name } actions { id } consultationsReviewed { id responses { total } } } }';

describe('faults: a subgraph down and back, the database cut and back', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation();
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
});
