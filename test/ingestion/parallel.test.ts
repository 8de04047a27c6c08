import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { generateRepository, SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { inPart, openIngestionStore } from '@mandate-graph/ingestion';
import { runCli } from '../support/cli';
import { dumpStores } from '../support/dump';

const DOCUMENTS = 80;

describe('one repository ingested by two processes at once', () => {
  let parts: TestDatabase;
  let single: TestDatabase;
  // Reports whose meetings, groups and consultations other reports also speak of, resolutions, notes.
  const repository = generateRepository({ documents: DOCUMENTS, seed: 13, out: join(mkdtempSync(join(tmpdir(), 'mandate-parts-')), 'shared') }).root;
  // A curator's overlay, which one run applies after every document.
  const report = readdirSync(join(repository, '000')).find((file) => file.startsWith('report'))!;
  writeFileSync(join(repository, 'curated.json'), JSON.stringify({ facts: [{
    fact: 'documentSymbol', document: `synthetic-13/000/${report.replace(/\.[a-z]+$/, '')}`, symbol: 'CWG-SHARED-1/1', evidence: 'Symbol printed on the cover page.',
  }] }));
  beforeAll(async () => {
    [parts, single] = await Promise.all([provisionTestDatabase(), provisionTestDatabase()]);
    // The schemas exist before the parts start: the embedded store is one session, where the lock that
    // serialises two processes' migrations on a PostgreSQL server does not hold.
    for (const database of [parts, single]) await (await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS)).close();
  });
  afterAll(async () => {
    await parts?.close();
    await single?.close();
  });

  it('splits the files into shares that cover each one once, whatever the number of parts', () => {
    const files = Array.from({ length: 500 }, (_, index) => ({ relativePath: `reports/${index}.txt`, format: 'txt' }));
    for (const count of [2, 3, 7]) {
      const shares = Array.from({ length: count }, (_, index) => files.filter((file) => inPart(file, { index: index + 1, count })).length);
      expect(shares.reduce((sum, share) => sum + share, 0)).toBe(files.length);
      for (const share of shares) expect(share).toBeGreaterThan(files.length / count / 2);
    }
    // A curated overlay is left to the run without --part that follows the parts.
    expect([1, 2].some((index) => inPart({ relativePath: 'curated.json', format: 'curated' }, { index, count: 2 }))).toBe(false);
    expect(inPart({ relativePath: 'curated.json', format: 'curated' }, undefined)).toBe(true);
  });

  it('gives, followed by one run that applies the curated overlay, the store one run gives; a second pair changes nothing', { timeout: 240_000 }, async () => {
    const halves = [runCli(['ingest', '--part', '1/2', repository], { DATABASE_URL: parts.url }), runCli(['ingest', '--part', '2/2', repository], { DATABASE_URL: parts.url })];
    const whole = runCli(['ingest', repository], { DATABASE_URL: single.url });
    for (const run of [...halves, whole]) expect(await run.exited, run.output()).toBe(0);
    for (const run of halves) expect(run.output()).toContain('curated overlay left to the run without --part');
    const overlay = runCli(['ingest', repository], { DATABASE_URL: parts.url });
    expect(await overlay.exited, overlay.output()).toBe(0);
    expect(overlay.output()).toMatch(/1 documents created, 0 replaced, \d+ unchanged/);
    // Each half wrote its own share, and neither took the other's documents out.
    const created = halves.map((run) => Number(/(\d+) documents created/.exec(run.output())?.[1]));
    expect(created.every((count) => count > 10)).toBe(true);
    expect(halves.every((run) => !/removed/.test(run.output()))).toBe(true);

    const [together, alone] = await Promise.all([dumpStores(parts.url), dumpStores(single.url)]);
    expect(together['documents.document']).toHaveLength(DOCUMENTS + 1);
    expect(together['documents.document'].some((row) => row.includes('CWG-SHARED-1/1'))).toBe(true);
    expect(together['meetings.action'].length).toBeGreaterThan(50);
    expect(together).toEqual(alone);

    const again = [runCli(['ingest', '--part', '1/2', repository], { DATABASE_URL: parts.url }), runCli(['ingest', '--part', '2/2', repository], { DATABASE_URL: parts.url })];
    for (const run of again) {
      expect(await run.exited, run.output()).toBe(0);
      expect(run.output()).toMatch(/0 documents created, 0 replaced/);
    }
    expect(await dumpStores(parts.url)).toEqual(alone);
  });

  it('says what a wrong --part is', async () => {
    for (const part of ['0/2', '3/2', 'half', '1/0']) {
      const run = runCli(['ingest', '--part', part, repository], { DATABASE_URL: parts.url });
      expect(await run.exited).not.toBe(0);
      expect(run.output()).toContain(`--part is K/N with 1 ≤ K ≤ N, such as --part 1/2, got "${part}"`);
    }
  });
});
