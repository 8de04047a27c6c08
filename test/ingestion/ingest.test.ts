import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { ingestRepositories, openIngestionStore, NO_REPORT_FACTS, type Extractors, type IngestionStore } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { writeRepository } from '../support/fixtures';

// These tests are about the pipeline (files, transactions, idempotence, failures), not about what the
// extractors find; those have their own tests on the real corpus.
const defaultExtractors: Extractors = { citations: () => [], reportFacts: () => NO_REPORT_FACTS };

const ENGLISH = '1.1\tThe group met online and reviewed its workplan.\n\n1.2\tThe secretariat will circulate a summary of the discussion.\n';
const CHINESE = '1.1\t工作组审议了工作计划。\n\n1.2\t秘书处将分发讨论摘要。\n';

describe('mandate-graph ingest', () => {
  let database: TestDatabase;
  let store: IngestionStore;
  let repository: string;
  const count = async (table: string, where = '') =>
    Number((await store.em.getConnection().execute(`select count(*) as n from ${table} ${where}`))[0].n);

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
    repository = writeRepository('samples', {
      'mandate.json': JSON.stringify({ title: 'Samples written by the tests', documents: { 'notes/short.txt': { language: 'en' } } }),
      'report-en.txt': ENGLISH,
      'report-zh.md': CHINESE,
      'notes/short.txt': '1\tA line.\n',
      'broken.xml': '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><documentCollection><components><component>',
      'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff, 0x00, 0x10, 0x00]),
      'empty.txt': '',
    });
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it('reads the good documents, reports each bad one with its path and reason, and goes on', async () => {
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.documents.created).toBe(3);
    const failures = Object.fromEntries(report.failures.map((failure) => [failure.path.split('/').pop(), failure.reason]));
    expect(Object.keys(failures).sort()).toEqual(['binary.txt', 'broken.xml', 'empty.txt']);
    expect(failures['broken.xml']).toMatch(/line \d+/);
    expect(failures['binary.txt']).toMatch(/binary/);
    expect(failures['empty.txt']).toMatch(/empty/);
    expect(await count('documents.document')).toBe(3);
    const languages = await store.em.getConnection().execute(`select name, language from documents.document order by name`);
    expect(languages).toEqual([{ name: 'notes/short', language: 'EN' }, { name: 'report-en', language: 'EN' }, { name: 'report-zh', language: 'ZH' }]);
    expect(await count('documents.paragraph', `where document_id = 'samples/report-zh'`)).toBe(2);
  });

  it('changes nothing when run again on the same files', async () => {
    const before = await store.em.getConnection().execute(`select id, content_hash from documents.document order by id`);
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.documents).toEqual({ created: 0, replaced: 0, unchanged: 3, removed: 0 });
    expect(await store.em.getConnection().execute(`select id, content_hash from documents.document order by id`)).toEqual(before);
  });

  it('replaces exactly the paragraphs of a changed document', async () => {
    writeFileSync(join(repository, 'report-en.txt'), '1.1\tOnly this paragraph remains of the report, and the rest was taken out by the editors.\n');
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.documents).toEqual({ created: 0, replaced: 1, unchanged: 2, removed: 0 });
    expect(await count('documents.paragraph', `where document_id = 'samples/report-en'`)).toBe(1);
    expect(await count('documents.paragraph')).toBe(4);
  });

  it('names a folder that does not exist instead of failing the run', async () => {
    const report = await ingestRepositories(store, ['/nonexistent/folder', repository], defaultExtractors);
    expect(report.failures[0]).toEqual({ path: '/nonexistent/folder', reason: 'no such folder' });
    expect(report.documents.unchanged).toBe(3);
  });
});
