import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '@mandate-graph/http-kit';
import { postGraphQL, startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

describe('AUTH_REQUIRED=true: reads need a token too', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation({ authRequired: true });
    await seedSmallGraph(graph.subgraphs);
  });
  afterAll(async () => graph?.close());

  it('refuses an anonymous read at the gateway and at each subgraph, with 401', async () => {
    const atGateway = await graph.query('{ group(id: "WG-SAMPLE") { name } }');
    expect(atGateway.status).toBe(401);
    expect(atGateway.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/needs a token/) });
    for (const [name, subgraph] of Object.entries(graph.subgraphs)) {
      const direct = await postGraphQL(subgraph.url, '{ __typename }');
      expect(direct.status, name).toBe(401);
    }
  });

  it('answers an analyst with a valid token, and refuses an expired or malformed one', async () => {
    const analyst = await graph.query('{ group(id: "WG-SAMPLE") { name } }', {}, { authorization: `Bearer ${await graph.token('analyst')}` });
    expect(analyst.data).toEqual({ group: { name: 'Sample working group' } });
    const expired = await graph.query('{ group(id: "WG-SAMPLE") { name } }', {}, { authorization: `Bearer ${await signToken({ sub: 'late', role: 'analyst' }, graph.auth.secret, '-1m')}` });
    expect(expired.errors?.[0].message).toMatch(/token has expired/);
    const malformed = await graph.query('{ group(id: "WG-SAMPLE") { name } }', {}, { authorization: 'Bearer not.a.token' });
    expect(malformed.errors?.[0].message).toMatch(/token is malformed/);
    const wrongScheme = await graph.query('{ group(id: "WG-SAMPLE") { name } }', {}, { authorization: 'Basic dXNlcjpwYXNz' });
    expect(wrongScheme.errors?.[0].message).toMatch(/must be "Bearer <token>"/);
  });
});
