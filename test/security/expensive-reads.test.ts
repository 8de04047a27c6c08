import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { GATEWAY_SECRET_HEADER } from '@mandate-graph/http-kit';
import { runCli, type CliRun } from '../support/cli';
import { postGraphQL } from '../support/federation';
import { dumpStores } from '../support/dump';

/** `cites { id citedBy { id cites { … } } }`, `levels` lists deep. */
function citationChain(levels: number): string {
  let selection = 'id';
  for (let level = levels; level > 0; level--) selection = `id ${level % 2 ? 'cites' : 'citedBy'} { ${selection} }`;
  return selection;
}
const attack = (levels: number) => `{ resolutions(first: 100) { edges { node { ${citationChain(levels)} } } } }`;
const aliased = (levels: number, count: number) =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: resolutions(first: 100) { edges { node { ${citationChain(levels)} } } }`).join(' ')} }`;

/** Field values in an answer, counted as the cost estimate counts them: one per field per instance. */
function fieldValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + fieldValues(item), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((sum: number, field) => sum + 1 + fieldValues(field), 0);
  return 0;
}

const residentMegabytes = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Health { status: string; subgraphs: Record<string, string>; supervisor: Record<string, { state: string; restarts: number; lastExit?: { cause: string } }> }

const GATEWAY_SECRET = 'expensive-reads-gateway-secret';

describe('no read can take a subgraph down', () => {
  let database: TestDatabase;
  let run: CliRun;
  let url: string;
  const scratch = mkdtempSync(join(tmpdir(), 'mandate-expensive-'));
  const subgraph = (name: string) => {
    const [, address, pid] = run.output().match(new RegExp(`The ${name} subgraph serves at (\\S+) \\(pid (\\d+)\\)`))!;
    return { url: address, pid: Number(pid) };
  };
  const health = async () => (await (await fetch(url.replace('/graphql', '/health'))).json()) as Health;

  beforeAll(async () => {
    database = await provisionTestDatabase();
    const repository = join(scratch, 'synthetic');
    // Resolutions that cite one another, as real ones do: enough for a citation chain to fan out.
    const generate = runCli(['generate', '--documents', '300', '--seed', '7', '--out', repository]);
    expect(await generate.exited, generate.output()).toBe(0);
    run = runCli(['start', '--port', '0', '--subgraph-ports', 'auto', '--repository', repository], {
      DATABASE_URL: database.url, MANDATE_DATA_DIR: join(scratch, 'data'), NODE_ENV: undefined, GATEWAY_SECRET,
    });
    [, url] = await run.waitFor(/serving the graph at (http:\/\/\S+)/, 120_000);
  }, 180_000);

  afterAll(async () => {
    run?.child.kill('SIGTERM');
    await run?.exited;
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses the citation-chain query, deeper ones and 20 aliases of them before any work, with the estimate', async () => {
    const before = await dumpStores(database.url);
    // From the reported query to as deep as the depth limit lets one go, alone and in as many aliases as allowed.
    const queries = [6, 7, 8].flatMap((levels) => [attack(levels), aliased(levels, 5), aliased(levels, 20)]);
    for (const query of queries) {
      const started = performance.now();
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const answer = (await response.json()) as { errors?: { message: string; extensions: { code: string; cost: { estimated: number; limit: number } } }[] };
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(response.status).toBe(400);
      const [error] = answer.errors ?? [];
      expect(error?.extensions.code).toBe('QUERY_TOO_EXPENSIVE');
      expect(error.extensions.cost.estimated).toBeGreaterThan(error.extensions.cost.limit);
      expect(error.message).toMatch(/about [\d,.e+]+ values/);
    }
    expect((await health()).status).toBe('up');
    expect(await dumpStores(database.url)).toEqual(before);
  });

  it('prices lists by what is stored: each estimate within a small factor of the answer', async () => {
    const queries = [
      '{ resolutions(first: 100) { edges { node { id cites { id } citedBy { id } } } } }',
      '{ resolutions(first: 30) { edges { node { id mandates { relation } operativeClauses { text } } } } }',
      `{ resolutions(first: 100) { edges { node { ${citationChain(3)} } } } }`,
    ];
    for (const query of queries) {
      const answer = await postGraphQL<unknown>(url, query);
      expect(answer.errors).toBeUndefined();
      const estimated = (answer as { extensions?: { cost?: { estimated: number } } }).extensions?.cost?.estimated ?? 0;
      const actual = fieldValues(answer.data);
      expect(estimated / actual, `${query}: estimated ${estimated}, answered ${actual}`).toBeGreaterThan(0.5);
      expect(estimated / actual, `${query}: estimated ${estimated}, answered ${actual}`).toBeLessThan(10);
    }
  });

  it('a subgraph asked directly stops a runaway request at its budget, stays healthy and bounded in memory', { timeout: 120_000 }, async () => {
    const resolutions = subgraph('resolutions');
    const before = await dumpStores(database.url);
    for (const query of [attack(11), attack(13), attack(16), aliased(9, 5), aliased(9, 20)]) {
      const started = performance.now();
      // As an attacker inside the private network would, who knows the secret the gateway sends.
      const answer = await postGraphQL<unknown>(resolutions.url, query, {}, { [GATEWAY_SECRET_HEADER]: GATEWAY_SECRET });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(answer.data).toBeNull();
      expect(answer.errors?.map((error) => error.extensions?.code)).toEqual(['REQUEST_BUDGET_EXCEEDED']);
      expect(residentMegabytes(resolutions.pid)).toBeLessThan(1_500);
    }
    const after = await postGraphQL<{ resolutions: { edges: unknown[] } }>(url, '{ resolutions(first: 5) { edges { node { id cites { id } } } } }');
    expect(after.errors).toBeUndefined();
    expect(after.data.resolutions.edges).toHaveLength(5);
    const state = await health();
    expect(state.status).toBe('up');
    expect(state.supervisor.resolutions.restarts).toBe(0);
    expect(await dumpStores(database.url)).toEqual(before);
  });

  it('restarts a subgraph killed with SIGKILL: /health says so, answers are whole again without a restart of the graph', { timeout: 60_000 }, async () => {
    const query = '{ resolutions(first: 3) { edges { node { id cites { id } } } } }';
    const before = await postGraphQL<{ resolutions: { edges: unknown[] } }>(url, query);
    expect(before.errors).toBeUndefined();
    expect(before.data.resolutions.edges).toHaveLength(3);
    process.kill(subgraph('resolutions').pid, 'SIGKILL');
    await run.waitFor(/The resolutions subgraph stopped \(killed by SIGKILL\)/);
    let state = await health();
    for (let tries = 0; state.supervisor.resolutions.restarts < 1 || state.status !== 'up'; tries++) {
      expect(tries, JSON.stringify(state)).toBeLessThan(100);
      await pause(100);
      state = await health();
    }
    expect(state.supervisor.resolutions).toMatchObject({ state: 'up', restarts: 1, lastExit: { cause: 'killed by SIGKILL' } });
    const after = await postGraphQL<unknown>(url, query);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
  });
});
