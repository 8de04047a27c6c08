import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

describe('the federation through the gateway over HTTP', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation();
    await seedSmallGraph(graph.subgraphs, 25);
  });
  afterAll(async () => graph?.close());

  it('answers one query from rows living in three subgraphs', async () => {
    const answer = await graph.query(`{
      resolution(id: "C-RES-1336") {
        id issuer number
        actions { id meeting { id group { id establishedBy { id } } consultationsReviewed { id launchedAt { id } responses { total } } } }
        consultations { id }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const resolution = answer.data.resolution;
    expect(resolution).toMatchObject({ id: 'C-RES-1336', issuer: 'C', number: 1336, consultations: [{ id: 'WG-SAMPLE-CONS-2024-01' }] });
    expect(resolution.actions).toHaveLength(50);
    const reviewing = resolution.actions.find((action: any) => action.meeting.id === 'WG-SAMPLE-2');
    expect(reviewing.meeting).toEqual({
      id: 'WG-SAMPLE-2',
      group: { id: 'WG-SAMPLE', establishedBy: [{ id: 'C-RES-1336' }] },
      consultationsReviewed: [{ id: 'WG-SAMPLE-CONS-2024-01', launchedAt: { id: 'WG-SAMPLE-1' }, responses: { total: 5 } }],
    });
  });

  it('resolves the meetings, groups and resolutions of 50 actions with one statement per entity type', async () => {
    for (const log of Object.values(graph.statements)) log.length = 0;
    const answer = await graph.query(`{
      actions(first: 50) { totalCount edges { node { id meeting { id number group { id name } } references { id issuer } } } }
    }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.actions.edges).toHaveLength(50);
    const touching = (subgraph: string, table: string) =>
      graph.statements[subgraph].filter((sql) => /^(select|with)/.test(sql) && new RegExp(`from "${subgraph}"\\."${table}"`).test(sql));
    expect(touching('meetings', 'meeting')).toHaveLength(1);
    expect(touching('meetings', 'group')).toHaveLength(1);
    expect(touching('resolutions', 'resolution')).toHaveLength(1);
    // The page itself and its total.
    expect(touching('meetings', 'action')).toHaveLength(2);
  });

  it('names the subgraphs in /health, and says which one is down', async () => {
    const up = await fetch(graph.gateway.url.replace('/graphql', '/health'));
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: 'up', subgraphs: { documents: 'up', resolutions: 'up', meetings: 'up', consultations: 'up' } });

    await graph.subgraphs.consultations.close();
    const down = await fetch(graph.gateway.url.replace('/graphql', '/health'));
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.down).toEqual(['consultations']);
    expect(JSON.stringify(body)).not.toMatch(/127\.0\.0\.1|http:/);

    // What the other subgraphs hold still arrives, with an error naming the missing one.
    const partial = await graph.query(`{ meeting(id: "WG-SAMPLE-2") { id number consultationsReviewed { id } } }`);
    expect(partial.data.meeting).toEqual({ id: 'WG-SAMPLE-2', number: 2, consultationsReviewed: null });
    expect(partial.errors?.[0].message).toMatch(/consultations subgraph is unavailable/);
    expect(JSON.stringify(partial.errors)).not.toMatch(/127\.0\.0\.1|http:/);
  });
});
