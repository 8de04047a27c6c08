import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { parseListSizeReport, parseSubgraphHealth, startHttpServer, type Interception, type RunningHttpServer } from '../src';

describe('the subgraph protocol', () => {
  it('reads a health report only when it is one', () => {
    expect(parseSubgraphHealth({ status: 'up', subgraph: 'meetings', dataVersion: '42' })).toEqual({ status: 'up', subgraph: 'meetings', dataVersion: '42' });
    expect(parseSubgraphHealth({ status: 'down', subgraph: 'meetings', reason: 'database unreachable' })?.status).toBe('down');
    // A proxy's page, an up without a version (a cache keyed by it would serve stale answers), a wrong type.
    for (const body of ['<html>', null, [], { status: 'up', subgraph: 'meetings' }, { status: 'up', subgraph: 'meetings', dataVersion: 42 }, { status: 'sleeping', subgraph: 'x' }]) {
      expect(parseSubgraphHealth(body), JSON.stringify(body)).toBeNull();
    }
  });

  it('reads list sizes, leaving out a size that is not a number', () => {
    const report = parseListSizeReport({ subgraph: 'resolutions', dataVersion: '7', sizes: { 'Resolution.mandates': { typical: 3.5, max: 40 }, 'Resolution.citedIn': { typical: 'many', max: 1 } } });
    expect(report).toEqual({ subgraph: 'resolutions', dataVersion: '7', sizes: { 'Resolution.mandates': { typical: 3.5, max: 40 } } });
    expect(parseListSizeReport({ subgraph: 'resolutions', sizes: {} })).toBeNull();
  });
});

describe('Apollo on node:http', () => {
  let server: RunningHttpServer;
  let executed = 0;
  const heard: string[] = [];
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    const apollo = new ApolloServer({
      typeDefs: 'type Query { hello: String }',
      resolvers: { Query: { hello: () => (executed++, 'world') } },
    });
    server = await startHttpServer({
      apollo, port: 0, name: 'the test server', bodyLimit: 1_000, context: async () => ({}),
      interceptors: [
        {
          intercept: (_request, body): Interception =>
            (body.includes('answerMe') ? { answer: '{"data":{"hello":"intercepted"}}', headers: { 'x-answered-by': 'interceptor' } } : {}),
        },
        { intercept: () => ({ completed: (status, body) => heard.push(`${status} ${body}`) }) },
      ],
    });
  });
  afterAll(() => server?.close(100));

  it('lets an interceptor answer a request without running GraphQL, with its headers', async () => {
    const response = await post(JSON.stringify({ query: 'query answerMe { hello }' }));
    expect(response.headers.get('x-answered-by')).toBe('interceptor');
    expect(await response.json()).toEqual({ data: { hello: 'intercepted' } });
    expect(executed).toBe(0);
  });

  it('tells every interceptor that asked the whole answer GraphQL gave', async () => {
    const response = await post(JSON.stringify({ query: '{ hello }' }));
    expect(await response.json()).toEqual({ data: { hello: 'world' } });
    expect(heard).toEqual(['200 {"data":{"hello":"world"}}\n']);
  });

  it('refuses a body over the limit and a NUL character with a 4xx that says why, and gives each answer a request id', async () => {
    const tooBig = await post(JSON.stringify({ query: `{ hello } #${'x'.repeat(2_000)}` }));
    expect(tooBig.status).toBe(413);
    expect(JSON.stringify(await tooBig.json())).toContain('larger than 1000 bytes');
    const nul = await post(JSON.stringify({ query: '{ hello }', variables: { x: '\u0000' } }));
    expect(nul.status).toBe(400);
    expect(JSON.stringify(await nul.json())).toContain('NUL');
    expect(nul.headers.get('x-request-id')).toBeTruthy();
  });
});
