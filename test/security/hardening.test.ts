import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@mandate-graph/gateway';
import { SCHEMA_DIR } from '@mandate-graph/cli';
import { postGraphQL, startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';

const OPERATIONS_DIR = join(SCHEMA_DIR, 'operations');
const operations = readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith('.graphql')).map((file) => ({ file, text: readFileSync(join(OPERATIONS_DIR, file), 'utf8') }));

const VARIABLES: Record<string, Record<string, unknown>> = {
  'resolution-with-revisions.graphql': { id: 'C-RES-1336' },
  'mandate-trace.graphql': { id: 'C-RES-1336' },
  'bureau-open-actions.graphql': { bureau: 'BDT' },
  'search.graphql': { text: 'Sample' },
  'consultation-responses.graphql': {},
  'update-action-status.graphql': { id: 'WG-SAMPLE-1/3.1', status: 'IN_PROGRESS', note: 'started' },
  'dashboard-follow-up-board.graphql': { assignee: 'BDT', resolution: 'C-RES-1336' },
  'dashboard-action-detail.graphql': { id: 'WG-SAMPLE-1/3.2' },
  'dashboard-consultations.graphql': {},
  'dashboard-resolutions.graphql': {},
  'dashboard-mandate-graph.graphql': { id: 'C-RES-1336' },
};

/** Leaks that an answer to a client must never carry. */
const INTERNALS = /\bselect\b|\binsert\b|\bfrom "|postgres|pglite|127\.0\.0\.1|localhost:\d|https?:\/\/|\bat .+\.(?:ts|js):\d+|node_modules|stack/i;

function nested(depth: number): string {
  // group → meetings → group → meetings …: legal in the schema, absurd in size.
  let selection = 'id';
  for (let level = 0; level < depth; level++) selection = level % 2 ? `group { ${selection} }` : `meetings { ${selection} }`;
  return `{ group(id: "WG-SAMPLE") { ${selection} } }`;
}

describe('the gateway, hardened', () => {
  let graph: Federation;
  beforeAll(async () => {
    graph = await startFederation({ production: true });
    await seedSmallGraph(graph.subgraphs);
  });
  afterAll(async () => graph?.close());

  it('passes every saved operation of the contract and the dashboard', async () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
    const secretariat = { authorization: `Bearer ${await graph.token('secretariat')}` };
    for (const { file, text } of operations) {
      const answer = await graph.query(text, VARIABLES[file] ?? {}, secretariat);
      expect(answer.errors, file).toBeUndefined();
      expect(answer.data, file).toBeTruthy();
    }
  });

  it('refuses, with a clear reason, a query deeper, costlier, more aliased, more directed or longer than the limits', async () => {
    const cases: [string, string, RegExp][] = [
      ['depth', nested(DEFAULT_LIMITS.depth + 2), /depth limit of 12/i],
      // Pages within pages: expensive whatever the stored lists hold.
      ['cost', '{ resolutions(first: 100) { edges { node { citedIn(first: 100) { edges { node { document { citations { resolution { citedIn(first: 100) { totalCount } } } } } } } } } } }', /too expensive: it would return about [\d,]+ values .*limit of 50,000/i],
      ['aliases', `{ ${Array.from({ length: DEFAULT_LIMITS.aliases + 1 }, (_, index) => `a${index}: group(id: "WG-SAMPLE") { id }`).join(' ')} }`, /aliases limit of 20/i],
      ['directives', `{ group(id: "WG-SAMPLE") { id ${'@include(if: true) '.repeat(DEFAULT_LIMITS.directives + 1)} } }`, /directives limit of 20/i],
      ['tokens', `{ ${'group(id: "WG-SAMPLE") { id } '.repeat(400)} }`, /more th\w+ 2000 tokens/i],
    ];
    for (const [limit, query, reason] of cases) {
      const answer = await graph.query(query);
      expect(answer.status, limit).toBe(400);
      expect(answer.errors?.[0]?.message, limit).toMatch(reason);
      expect(answer.data, limit).toBeUndefined();
    }
  });

  it('turns away a request body over the limit, a batch, and a cross-site simple request', async () => {
    const huge = await postGraphQL(graph.gateway.url, `{ search(text: "${'a'.repeat(200_000)}") { totalCount } }`);
    expect(huge.status).toBe(413);
    const batch = await fetch(graph.gateway.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(batch.status).toBe(400);
    // A form or <img> from another site cannot send JSON or custom headers: such requests are refused.
    const simple = await fetch(`${graph.gateway.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF|preflight/i);
  });

  it('in production, answers no introspection, shows no landing page and suggests no field names', async () => {
    const introspection = await graph.query('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].message).toMatch(/introspection/i);
    const typo = await graph.query('{ group(id: "WG-SAMPLE") { nmae } }');
    expect(typo.errors?.[0].message).not.toMatch(/did you mean/i);
    const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });

  it('finds nothing and leaks nothing for injection strings in every string argument, and stores nothing', async () => {
    const count = async () => (await graph.query('{ actions(first: 100) { totalCount edges { node { status history { status } } } } }')).data.actions;
    const before = await count();
    const secretariat = { authorization: `Bearer ${await graph.token('secretariat')}` };
    const payloads = [`' OR '1'='1`, `"; drop table meetings.action; --`, `%`, `_`, `\\`, `WG-SAMPLE' --`, `1) OR (1=1`, `$ne`, `{"$gt": ""}`];
    for (const bad of payloads) {
      const answers = await Promise.all([
        graph.query('query($v: ID!) { resolution(id: $v) { id } meeting(id: $v) { id } group(id: $v) { id } consultation(id: $v) { id } document(id: $v) { id } }', { v: bad }),
        graph.query('query($v: ID!) { actions(meeting: $v) { totalCount } byResolution: actions(resolution: $v) { totalCount } consultations(group: $v) { totalCount } }', { v: bad }),
        graph.query('query($v: String!) { search(text: $v) { totalCount } resolutions(issuer: $v) { totalCount } }', { v: bad }),
        graph.query('mutation($v: ID!) { updateActionStatus(id: $v, status: DONE, note: "x") { id } }', { v: bad }, secretariat),
        graph.query('mutation($v: String) { updateActionStatus(id: "WG-SAMPLE-2/3.2", status: OPEN, note: $v) { history { note } } }', { v: bad }, secretariat),
      ]);
      const [byId, lists, search, missing, noted] = answers;
      expect(byId.data).toEqual({ resolution: null, meeting: null, group: null, consultation: null, document: null });
      expect(lists.data).toEqual({ actions: { totalCount: 0 }, byResolution: { totalCount: 0 }, consultations: { totalCount: 0 } });
      expect(search.data.resolutions.totalCount).toBe(0);
      expect(search.data.search.totalCount).toBe(0);
      expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(noted.data.updateActionStatus.history.at(-1).note).toBe(bad.trim());
      for (const answer of answers) for (const error of answer.errors ?? []) expect(error.message).not.toMatch(INTERNALS);
    }
    const after = await count();
    expect(after.totalCount).toBe(before.totalCount);
  });

  it('masks an internal failure, and gives the client the request id the log keeps with the details', async () => {
    // The documents subgraph loses its database: its fields fail inside, not at the door.
    await graph.subgraphs.documents.store.close();
    const response = await fetch(graph.gateway.url, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'report-this-id' },
      body: JSON.stringify({ query: '{ document(id: "samples/report") { id } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('report-this-id');
    const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.message).not.toMatch(INTERNALS);
      expect(JSON.stringify(error.extensions)).not.toMatch(INTERNALS);
    }
    expect(body.errors.some((error) => error.extensions.requestId === 'report-this-id' || JSON.stringify(error).includes('report-this-id'))).toBe(true);
  });
});
