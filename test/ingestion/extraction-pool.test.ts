import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { generateRepository, PROJECT_ROOT, SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { defaultExtractors, ingestRepositories, openIngestionStore, openRepository, readDocuments } from '@mandate-graph/ingestion';
import { extract } from '../../packages/ingestion/src/write';
import type { ExtractedDocument, ExtractionPool } from '../../packages/ingestion/src/extraction-pool';
import { runCli } from '../support/cli';
import { CORPUS, hasCorpus } from '../support/corpus';
import { dumpStores } from '../support/dump';

// The pool runs the compiled worker (npm test builds it first): the sources the tests run have none.
const { ExtractionPool: CompiledPool } = createRequire(import.meta.url)(join(PROJECT_ROOT, 'packages/ingestion/dist/extraction-pool.js')) as { ExtractionPool: typeof ExtractionPool };

const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10, 0x00]);

describe('files read in worker threads', () => {
  const repository = generateRepository({ documents: 90, seed: 31, out: join(mkdtempSync(join(tmpdir(), 'mandate-pool-')), 'threads') }).root;
  writeFileSync(join(repository, '000', 'scan.txt'), BINARY);

  it('give the documents and facts that reading in the run\'s own thread gives, and the same refusals', async () => {
    const pool = CompiledPool.open(2)!;
    expect(pool).not.toBeNull();
    try {
      const files = openRepository(repository).files;
      const corpusFiles = hasCorpus ? openRepository(join(CORPUS, 'pp18-final-acts')).files : [];
      for (const file of [...files.slice(0, 30), ...corpusFiles]) {
        const bytes = readFileSync(file.absolutePath);
        const inThread = (await readDocuments(file, bytes)).map((document) => ({ document, extracted: extract(document, defaultExtractors) }));
        const fromPool: ExtractedDocument[] = await pool.read(file, bytes);
        expect(fromPool, file.relativePath).toEqual(inThread);
      }
      const scan = files.find((file) => file.relativePath.endsWith('scan.txt'))!;
      const refusal = await pool.read(scan, BINARY).catch((error: { path?: string; reason?: string }) => error);
      expect(refusal).toMatchObject({ path: '000/scan.txt', reason: expect.stringMatching(/binary/) });
    } finally {
      await pool.close();
    }
  });

  describe('by `mandate-graph ingest`', () => {
    let threaded: TestDatabase;
    let inThread: TestDatabase;
    beforeAll(async () => {
      [threaded, inThread] = await Promise.all([provisionTestDatabase(), provisionTestDatabase()]);
    });
    afterAll(async () => {
      await threaded?.close();
      await inThread?.close();
    });

    it('leave the store that reading in the run\'s own thread leaves, and report a file that cannot be read', { timeout: 180_000 }, async () => {
      const files = readdirSync(join(repository, '000')).length;
      expect(files).toBeGreaterThanOrEqual(64);
      const run = runCli(['ingest', repository], { DATABASE_URL: threaded.url });
      const store = await openIngestionStore(inThread.url, SUBGRAPH_DEFINITIONS);
      let report;
      try {
        report = await ingestRepositories(store, [repository], defaultExtractors, undefined, { extractionThreads: 0 });
      } finally {
        await store.close();
      }
      expect(await run.exited, run.output()).toBe(1);
      expect(run.output()).toMatch(/failed: .*000\/scan\.txt: .*binary/);
      expect(report.failures.map((failure) => failure.path)).toEqual([join(repository, '000/scan.txt')]);
      expect(run.output()).toContain(`${report.documents.created} documents created`);
      expect(await dumpStores(threaded.url)).toEqual(await dumpStores(inThread.url));
    });
  });
});
