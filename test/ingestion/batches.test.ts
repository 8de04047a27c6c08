import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { generateRepository, SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { defaultExtractors, ingestRepositories, openIngestionStore, removeRepository, type IngestOptions, type IngestReport } from '@mandate-graph/ingestion';
import { dumpStores } from '../support/dump';
import { writeRepository } from '../support/fixtures';

const DOCUMENTS = 100;

async function ingestInto(database: TestDatabase, repository: string, options: IngestOptions): Promise<IngestReport> {
  const store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
  try {
    return await ingestRepositories(store, [repository], defaultExtractors, undefined, options);
  } finally {
    await store.close();
  }
}

describe('new documents written in batches', () => {
  // Reports whose groups, meetings and consultations other reports also describe, resolutions that cite and
  // mandate, notes in six languages: what one batch writes, later documents of the same batch read.
  const repository = generateRepository({ documents: DOCUMENTS, seed: 29, out: join(mkdtempSync(join(tmpdir(), 'mandate-batches-')), 'batched') }).root;
  const held = mkdtempSync(join(tmpdir(), 'mandate-batches-held-'));
  const folder = join(repository, '000');
  const databases: Record<'batched' | 'smallBatches' | 'oneByOne', TestDatabase | undefined> = { batched: undefined, smallBatches: undefined, oneByOne: undefined };
  // 1 writes each document in its own transaction: the way a changed document is written, and the reference.
  const perBatch = { batched: undefined, smallBatches: 7, oneByOne: 1 } as const;

  const ingestEach = async () => {
    const names = Object.keys(databases) as (keyof typeof databases)[];
    const reports = await Promise.all(names.map((name) => ingestInto(databases[name]!, repository, { documentsPerBatch: perBatch[name] })));
    return Object.fromEntries(names.map((name, index) => [name, reports[index]])) as Record<keyof typeof databases, IngestReport>;
  };

  beforeAll(async () => {
    for (const name of Object.keys(databases) as (keyof typeof databases)[]) databases[name] = await provisionTestDatabase();
  });
  afterAll(async () => {
    for (const database of Object.values(databases)) await database?.close();
  });

  it('leave the store that writing each document on its own leaves, on a first run and on one that adds, changes and keeps', { timeout: 240_000 }, async () => {
    // The first run sees four files in five.
    const later = readdirSync(folder).sort().filter((_, index) => index % 5 === 4);
    for (const file of later) renameSync(join(folder, file), join(held, file));
    const first = await ingestEach();
    for (const report of Object.values(first)) {
      expect(report.failures).toEqual([]);
      expect(report.documents).toEqual(first.oneByOne.documents);
    }
    expect(first.batched.documents.created).toBeGreaterThan(DOCUMENTS / 2);
    const dumps = await Promise.all(Object.values(databases).map((database) => dumpStores(database!.url)));
    expect(dumps[0]['meetings.action'].length).toBeGreaterThan(20);
    expect(dumps[0]['consultations.response_count'].length).toBeGreaterThan(5);
    expect(dumps[1]).toEqual(dumps[2]);
    expect(dumps[0]).toEqual(dumps[2]);

    // The second run meets new files (written in batches), a changed one (written on its own) and unchanged ones.
    for (const file of later) renameSync(join(held, file), join(folder, file));
    const changed = readdirSync(folder).sort().find((file) => file.startsWith('report'))!;
    appendFileSync(join(folder, changed), '\n\n9.9\tThe group agreed to meet again in the spring.\n');
    const second = await ingestEach();
    expect(second.batched.documents.replaced).toBe(1);
    expect(second.batched.documents.created).toBe(later.length);
    for (const report of Object.values(second)) expect(report.documents).toEqual(second.oneByOne.documents);
    const after = await Promise.all(Object.values(databases).map((database) => dumpStores(database!.url)));
    expect(after[0]).not.toEqual(dumps[0]);
    expect(after[1]).toEqual(after[2]);
    expect(after[0]).toEqual(after[2]);
  });

  it('take a repository out in batches, leaving what taking out each document on its own leaves', { timeout: 240_000 }, async () => {
    const names = Object.keys(databases) as (keyof typeof databases)[];
    const results = await Promise.all(names.map(async (name) => {
      const store = await openIngestionStore(databases[name]!.url, SUBGRAPH_DEFINITIONS);
      try {
        return await removeRepository(store, 'synthetic-29', { documentsPerBatch: perBatch[name] });
      } finally {
        await store.close();
      }
    }));
    for (const result of results) expect(result).toEqual({ documents: DOCUMENTS });
    const after = await Promise.all(Object.values(databases).map((database) => dumpStores(database!.url)));
    expect(Object.values(after[0]).flat().filter((row) => row.includes('synthetic-29'))).toEqual([]);
    expect(after[0]['documents.document']).toEqual([]);
    expect(after[1]).toEqual(after[2]);
    expect(after[0]).toEqual(after[2]);
  });
});

describe('a new document that cannot be stored', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await provisionTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('fails alone, with its path and the reason; the documents of its batch are stored', async () => {
    const files: Record<string, string> = {};
    for (let index = 1; index <= 12; index++) files[`notes/note-${String(index).padStart(2, '0')}.txt`] = `1\tThe group met online on ${index} May and reviewed its workplan.\n`;
    const repository = writeRepository('hostile-paths', files);
    // A file nested so deep that its document id is longer than an index entry may be: the database refuses it.
    let folder = join(repository, 'notes');
    for (let depth = 0; depth < 12; depth++) folder = join(folder, randomBytes(120).toString('hex'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'deep.txt'), '1\tThe group met online and agreed on a workplan.\n');
    cpSync(join(repository, 'notes/note-01.txt'), join(repository, 'notes/note-13.txt'));

    const report = await ingestInto(database, repository, {});
    expect(report.documents.created).toBe(13);
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0].path).toBe(join(folder, 'deep.txt'));
    expect(report.failures[0].reason).toMatch(/^could not be stored: .*index/);

    const stored = await dumpStores(database.url);
    expect(stored['documents.document']).toHaveLength(13);
    expect(stored['documents.paragraph']).toHaveLength(13);
    // Nothing of the refused document is left half-written, and a second run tries it again, alone.
    expect(stored['documents.document'].some((row) => row.includes('deep'))).toBe(false);
    const again = await ingestInto(database, repository, {});
    expect(again.documents).toEqual({ created: 0, replaced: 0, unchanged: 13, removed: 0 });
    expect(again.failures.map((failure) => failure.path)).toEqual([join(folder, 'deep.txt')]);
  });

  it('keeps a document whose XML makes a lone surrogate, with U+FFFD in its place', async () => {
    const paragraph = (number: number, text: string) => `<paragraph eId="para_${number}"><num>${number}</num><content><p>${text}</p></content></paragraph>`;
    const repository = writeRepository('lone-surrogates', {
      'note.xml': '<?xml version="1.0" encoding="UTF-8"?><akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="note"><mainBody>' +
        `${paragraph(1, 'The group met on 3 May&#xD800; and agreed on its workplan.')}${paragraph(2, 'A pair stays whole: &#x1F600;.')}</mainBody></doc></akomaNtoso>`,
      'other.txt': '1\tThe group met online.\n',
    });
    const report = await ingestInto(database, repository, {});
    expect(report.failures).toEqual([]);
    expect(report.documents.created).toBe(2);
    const stored = (await dumpStores(database.url))['documents.paragraph'].filter((row) => row.includes('lone-surrogates/note'));
    expect(stored.some((row) => row.includes('3 May\uFFFD and agreed'))).toBe(true);
    expect(stored.some((row) => row.includes('whole: \u{1F600}.'))).toBe(true);
  });
});
