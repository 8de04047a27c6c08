import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '@mandate-graph/server-kit';
import { postGraphQL, startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

// What a careless or hostile client sends is its own mistake: a 400 (or a BAD_USER_INPUT beside the other
// fields), never an internal error, never a hint at the schema in production, never the cache's shortcut
// around a check. Each case here was an internal error, a leak or a shortcut before.

const POLL_MS = 100;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, hit: response.headers.get('x-response-cache') === 'hit', body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

describe('client mistakes, in production', () => {
  let graph: Federation;
  const logged: string[] = [];
  const originalError = console.error;
  beforeAll(async () => {
    console.error = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
      originalError(...args);
    };
    graph = await startFederation({ production: true, responseCache: { maxBytes: 1_000_000, pollMs: POLL_MS }, gatewaySecret: 'a-secret-only-the-gateway-knows' });
    await seedSmallGraph(graph.subgraphs);
    await pause(POLL_MS * 3);
  });
  /** Asks until the cache serves the query (an answer that raced a data-version change is not kept). */
  const warmCache = async (query: string): Promise<boolean> => {
    await post(graph.gateway.url, { query });
    for (let attempt = 0; attempt < 6; attempt++) {
      if ((await post(graph.gateway.url, { query })).hit) return true;
      await pause(POLL_MS * 2);
    }
    return false;
  };
  afterAll(async () => {
    console.error = originalError;
    await graph?.close();
  });

  it('answers 400 with a GraphQL error to an operation it cannot choose or run, and logs no stack', async () => {
    logged.length = 0;
    const cases: [string, unknown, RegExp][] = [
      ['two operations, no name', { query: 'query A { __typename } query B { __typename }' }, /operation name/i],
      ['an unknown name', { query: 'query A { __typename }', operationName: 'Nope' }, /Unknown operation named "Nope"/i],
      ['a subscription', { query: 'subscription { x }' }, /subscription/i],
      ['a subscription to a real field', { query: 'subscription { group(id: "WG-SAMPLE") { id } }' }, /subscription/i],
    ];
    for (const [what, body, reason] of cases) {
      const answer = await post(graph.gateway.url, body);
      expect(answer.status, what).toBe(400);
      expect(answer.body.errors?.[0]?.message, what).toMatch(reason);
      expect(answer.body.errors?.[0]?.extensions?.code, what).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect(logged.filter((line) => /\bat .+\.(?:ts|js):\d+/.test(line))).toEqual([]);
  });

  it('takes a cursor it never gave out, or one past where a search can go, as the client\'s mistake', async () => {
    const cursors: [string, string][] = [
      ['a NUL inside', Buffer.from(JSON.stringify(['a\u0000b', 'x'])).toString('base64url')],
      ['a NUL, escaped', Buffer.from('["a\\u0000b","x"]').toString('base64url')],
      ['11,000 characters', 'A'.repeat(11_000)],
      ['not base64 JSON', '%%%'],
    ];
    for (const [what, after] of cursors) {
      const answer = await graph.query('query($after: String) { resolutions(first: 2, after: $after) { totalCount } actions(first: 2, after: $after) { totalCount } }', { after });
      expect(answer.errors?.map((error) => error.extensions?.code), what).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    }
    for (const offset of ['1e20', '-1', '12.5', '1001', String(2 ** 60)]) {
      const answer = await graph.query('query($after: String) { search(text: "Sample", after: $after) { totalCount } }', { after: encodeCursor('offset', offset) });
      expect(answer.errors?.[0]?.extensions?.code, offset).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message, offset).toMatch(/after/);
    }
    const last = await graph.query('query($after: String) { search(text: "Sample", after: $after) { totalCount } }', { after: encodeCursor('offset', '1000') });
    expect(last.errors).toBeUndefined();
  });

  it('bounds a search by its words before any SQL runs', async () => {
    // 250 different words within the 500 characters a search may have: one character each.
    const words = Array.from({ length: 250 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join(' ');
    for (const log of Object.values(graph.statements)) log.length = 0;
    const answer = await graph.query('query($text: String!) { search(text: $text) { totalCount } }', { text: words });
    expect(answer.errors?.[0]).toMatchObject({ message: 'text has 250 different words; a search takes at most 10', extensions: { code: 'BAD_USER_INPUT' } });
    expect(graph.statements.documents).toEqual([]);
    // Ten words, or one word said many times, are a search.
    const ten = await graph.query('query($text: String!) { search(text: $text) { totalCount } }', { text: 'Sample task of WG SAMPLE 1 2 3 4' });
    expect(ten.errors).toBeUndefined();
    const repeated = await graph.query('query($text: String!) { search(text: $text) { totalCount } }', { text: Array.from({ length: 20 }, () => 'sample Sample').join(' ') });
    expect(repeated.errors).toBeUndefined();
  });

  it('refuses a token whose subject is not a short string, or that never expires', async () => {
    const secret = new TextEncoder().encode(graph.auth.secret);
    const sign = (payload: Record<string, unknown>, expires = true) => {
      const jwt = new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setIssuedAt();
      return (expires ? jwt.setExpirationTime('1h') : jwt).sign(secret);
    };
    const tokens: [string, string, RegExp][] = [
      ['sub an array', await sign({ role: 'secretariat', sub: ['a', 'b'] }), /subject \(sub\)/],
      ['sub a number', await sign({ role: 'secretariat', sub: 42 }), /subject \(sub\)/],
      ['sub 11,000 characters', await sign({ role: 'secretariat', sub: 'x'.repeat(11_000) }), /subject \(sub\)/],
      ['no exp', await sign({ role: 'secretariat', sub: 'someone' }, false), /expir/i],
    ];
    for (const [what, token] of tokens) {
      const answer = await graph.query('mutation { updateActionStatus(id: "WG-SAMPLE-1/3.1", status: DONE, note: "x") { status } }', {}, { authorization: `Bearer ${token}` });
      expect(answer.status, what).toBe(401);
      expect(answer.errors?.[0]?.extensions?.code, what).toBe('UNAUTHENTICATED');
      expect(answer.errors?.[0]?.message, what).toMatch(tokens.find(([name]) => name === what)![2]);
    }
    const history = await graph.query('{ action(id: "WG-SAMPLE-1/3.1") { status history { note } } }');
    expect(history.data.action).toEqual({ status: 'OPEN', history: [] });
  });

  it('runs the CSRF check before the cache: a cached answer is not served to a request it would refuse', async () => {
    const query = '{ group(id: "WG-SAMPLE") { name } }';
    expect(await warmCache(query)).toBe(true);
    const simple = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'text/plain; a=application/json' }, body: JSON.stringify({ query }) });
    expect(simple.status).toBe(400);
    expect(simple.headers.get('x-response-cache')).toBeNull();
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('tells a mutation from a query by the parsed operation: a search for "mutation" leaves the cache warm', async () => {
    const query = '{ group(id: "WG-SAMPLE") { id } }';
    expect(await warmCache(query)).toBe(true);
    const analyst = { authorization: `Bearer ${await graph.token('analyst')}` };
    const searched = await post(graph.gateway.url, { query: 'query mutation { search(text: "mutation") { totalCount } }' }, analyst);
    expect(searched.body.errors).toBeUndefined();
    expect((await post(graph.gateway.url, { query })).hit).toBe(true);
    // A real mutation still makes every stored answer stale at once.
    const secretariat = { authorization: `Bearer ${await graph.token('secretariat')}` };
    const update = await post(graph.gateway.url, { query: 'query Read { __typename } mutation Close { updateActionStatus(id: "WG-SAMPLE-2/3.1", status: DONE, note: "x") { status } }', operationName: 'Close' }, secretariat);
    expect(update.body.errors).toBeUndefined();
    expect((await post(graph.gateway.url, { query })).hit).toBe(false);
  });

  it('suggests no enum value, argument or field, at the gateway or at a subgraph', async () => {
    const typos = [
      '{ actions(status: OPNE) { totalCount } }',
      '{ actions(statsu: OPEN) { totalCount } }',
      '{ group(id: "WG-SAMPLE") { nmae } }',
      '{ actions(assignee: BTD) { totalCount } }',
    ];
    for (const query of typos) {
      const answer = await graph.query(query);
      expect(answer.errors?.length, query).toBeGreaterThan(0);
      for (const error of answer.errors ?? []) expect(error.message, query).not.toMatch(/did you mean/i);
    }
  });

  it('answers a subgraph\'s port only for the gateway when a gateway secret is set', async () => {
    const direct = await post(graph.subgraphs.meetings.url, { query: '{ _service { sdl } }' });
    expect(direct.status).toBe(403);
    expect(JSON.stringify(direct.body)).not.toMatch(/type |sdl"/);
    const wrong = await post(graph.subgraphs.meetings.url, { query: '{ actions(status: OPNE) { totalCount } }' }, { 'x-gateway-secret': 'a-guess' });
    expect(wrong.status).toBe(403);
    const health = await fetch(new URL('/health', graph.subgraphs.meetings.url));
    expect(health.status).toBe(200);
    const through = await postGraphQL(graph.gateway.url, '{ group(id: "WG-SAMPLE") { id meetings { id } } }');
    expect(through.errors).toBeUndefined();
    expect(through.data).toEqual({ group: { id: 'WG-SAMPLE', meetings: [{ id: 'WG-SAMPLE-1' }, { id: 'WG-SAMPLE-2' }] } });
    // With the secret, a subgraph in production is as tight-lipped as the gateway.
    const suggested = await post(graph.subgraphs.meetings.url, { query: '{ actions(status: OPNE) { totalCount } }' }, { 'x-gateway-secret': 'a-secret-only-the-gateway-knows' });
    expect(suggested.status).toBe(400);
    expect(suggested.body.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});
