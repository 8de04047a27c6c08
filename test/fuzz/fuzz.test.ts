import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtractors, ingestRepositories, openIngestionStore } from '@mandate-graph/ingestion';
import { PROJECT_ROOT, SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { startFederation, type Federation } from '../support/federation';
import { seedSmallGraph } from '../support/seed';
import { writeRepository } from '../support/fixtures';
import { dumpStores } from '../support/dump';
import { malformedDocuments, malformedRequests, type RequestCase } from './malformed';

// npm test runs a sample; `npm run fuzz` runs the full 10,000 requests and 1,000 documents and writes
// reliability/FUZZ-RESULTS.md.
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 300);
const DOCUMENTS = Number(process.env.FUZZ_DOCUMENTS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const INTERNALS = /\bselect\b|\binsert\b|postgres|pglite|127\.0\.0\.1|https?:\/\/|\.ts:\d+|\.js:\d+|node_modules/i;

/** The "## Hostile …" sections, which other tests measure: a fuzz run rewrites the rest. */
function sectionsMeasuredElsewhere(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split(/^(?=## )/m).filter((section) => section.startsWith('## Hostile')).map((section) => section.trimEnd() + '\n');
}

describe('fuzzing: malformed requests and documents', () => {
  let graph: Federation;
  const summary: string[] = [];
  beforeAll(async () => {
    graph = await startFederation({ production: true });
    await seedSmallGraph(graph.subgraphs);
  });
  afterAll(async () => {
    await graph?.close();
    if (process.env.FUZZ_REPORT) {
      mkdirSync(join(PROJECT_ROOT, 'reliability'), { recursive: true });
      const path = join(PROJECT_ROOT, 'reliability/FUZZ-RESULTS.md');
      writeFileSync(path, [
        '# Fuzz results', '', `- date: ${new Date().toISOString()}`, `- seed: ${SEED}`, `- node ${process.version}`, '', ...summary, '',
        ...sectionsMeasuredElsewhere(path),
      ].join('\n'));
    }
  });

  async function send(url: string, fuzz: RequestCase): Promise<{ status: number; body: string }> {
    const response = await fetch(`${url}${fuzz.search ?? ''}`, {
      method: fuzz.method,
      headers: fuzz.contentType ? { 'content-type': fuzz.contentType } : {},
      body: fuzz.body ?? undefined,
    });
    return { status: response.status, body: await response.text() };
  }

  it(`answers each of ${REQUESTS} malformed requests with a clear error, stores nothing and keeps memory bounded`, { timeout: 60_000 + REQUESTS * 50 }, async () => {
    const before = await dumpStores(graph.database.url);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    let rssAtQuarter = rssBefore;
    const byKind = new Map<string, { count: number; statuses: Set<number> }>();
    const cases = malformedRequests(REQUESTS, SEED);
    const targets = [graph.gateway.url, graph.subgraphs.meetings.url];
    for (let start = 0; start < cases.length; start += 10) {
      await Promise.all(cases.slice(start, start + 10).map(async (fuzz, offset) => {
        // One in ten goes straight to a subgraph, which must hold up on its own.
        const url = (start + offset) % 10 === 9 ? targets[1] : targets[0];
        const { status, body } = await send(url, fuzz);
        const label = `${fuzz.kind} at ${url === targets[0] ? "the gateway" : "a subgraph"} → ${status}: ${body.slice(0, 200)}`;
        expect(status, label).toBeLessThan(500);
        const parsed = JSON.parse(body) as { data?: unknown; errors?: { message: string }[] };
        if (fuzz.answered) expect(parsed.data, label).toEqual({ meeting: null });
        else expect(parsed.errors ?? [], label).not.toHaveLength(0);
        for (const error of parsed.errors ?? []) {
          expect(error.message.length, label).toBeGreaterThan(5);
          expect(error.message, label).not.toMatch(INTERNALS);
        }
        const entry = byKind.get(fuzz.kind) ?? { count: 0, statuses: new Set<number>() };
        entry.count++;
        entry.statuses.add(status);
        byKind.set(fuzz.kind, entry);
      }));
      peak = Math.max(peak, process.memoryUsage().rss);
      if (start < cases.length / 4) rssAtQuarter = peak;
    }
    expect(await dumpStores(graph.database.url)).toEqual(before);
    // Bounded: after the first quarter has warmed every cache and pool, memory grows little more.
    const growth = (peak - rssBefore) / 2 ** 20;
    const lateGrowth = (peak - rssAtQuarter) / 2 ** 20;
    expect(lateGrowth).toBeLessThan(250);
    const health = await fetch(graph.gateway.url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    summary.push(`## ${REQUESTS} malformed GraphQL requests`, '', '| kind | cases | HTTP statuses |', '|---|---|---|',
      ...[...byKind].map(([kind, entry]) => `| ${kind} | ${entry.count} | ${[...entry.statuses].sort().join(', ')} |`), '',
      `Every one answered with a GraphQL error (the injection strings: with nothing found) and no 5xx; stored data identical before and after; peak RSS growth of the process serving all four subgraphs, the gateway and the embedded database: ${growth.toFixed(0)} MB in all, ${lateGrowth.toFixed(0)} MB after the first quarter.`, '');
  });

  it(`ingests ${DOCUMENTS} malformed documents: each stored or refused with its path and reason, the good one stored, nothing crashes`, { timeout: 60_000 + DOCUMENTS * 1_000 }, async () => {
    const cases = malformedDocuments(DOCUMENTS, SEED);
    const files: Record<string, string | Uint8Array> = { 'good.txt': '1\tThe Council recalls Resolution 102 (Rev. Dubai, 2018).\n' };
    for (const fuzz of cases) files[fuzz.name] = fuzz.content;
    const repository = writeRepository('fuzzed', files);
    const rssBefore = process.memoryUsage().rss;
    const store = await openIngestionStore(graph.database.url, SUBGRAPH_DEFINITIONS);
    let report;
    try {
      report = await ingestRepositories(store, [repository], defaultExtractors);
    } finally {
      await store.close();
    }
    const failed = new Map(report.failures.map((failure) => [failure.path.split('/').pop()!, failure.reason]));
    expect(failed.has('good.txt')).toBe(false);
    expect(report.documents.created + report.failures.length).toBe(cases.length + 1);
    for (const failure of report.failures) {
      expect(failure.path).toContain(repository);
      expect(failure.reason.length).toBeGreaterThan(5);
    }
    const good = await graph.query('{ document(id: "fuzzed/good") { citations { resolution { id } } } }');
    expect(good.errors, JSON.stringify(good)).toBeUndefined();
    expect(good.data.document.citations).toEqual([{ resolution: { id: 'PP-RES-102' } }]);
    const byKind = new Map<string, { stored: number; refused: string[] }>();
    for (const fuzz of cases) {
      const entry = byKind.get(fuzz.kind) ?? { stored: 0, refused: [] };
      const reason = failed.get(fuzz.name);
      if (reason) entry.refused.push(reason.replace(/\d+/g, 'N'));
      else entry.stored++;
      byKind.set(fuzz.kind, entry);
    }
    // What must never be stored as if it were a document.
    for (const kind of ['truncated XML', 'binary', 'empty', 'XML that is not Akoma Ntoso']) {
      expect(byKind.get(kind)?.stored ?? 0, kind).toBe(0);
    }
    const growth = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    summary.push(`## ${DOCUMENTS} malformed documents`, '', '| kind | stored | refused (reasons) |', '|---|---|---|',
      ...[...byKind].map(([kind, entry]) => `| ${kind} | ${entry.stored} | ${entry.refused.length} ${[...new Set(entry.refused)].slice(0, 2).map((reason) => `“${reason.slice(0, 80)}”`).join(' ')} |`), '',
      `The good document beside them was stored with its citation; RSS growth ${growth.toFixed(0)} MB.`, '');
  });
});
