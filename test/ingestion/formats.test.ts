import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { defaultExtractors, ingestRepositories, openIngestionStore, type IngestionStore, type IngestFailure } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { CORPUS, hasCorpus, writeRepository } from '../support/fixtures';
import { wordFile } from '../../packages/extraction/test/formats/word-files';
import { pdfFile } from '../../packages/extraction/test/formats/pdf-files';
import { loopingWord97File, word97File } from '../../packages/extraction/test/formats/word97-files';

const byFile = (entries: IngestFailure[]) => Object.fromEntries(entries.map((entry) => [entry.path.split('/').pop(), entry.reason]));

describe('ingesting Word and PDF files', () => {
  let database: TestDatabase;
  let store: IngestionStore;
  const rows = (sql: string, bindings: unknown[] = []) => store.em.getConnection().execute(sql, bindings);

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it('stores what a .docx and a .pdf say, reports what cannot be read, and keeps garbage out of the text', async () => {
    const repository = writeRepository('office-files', {
      'mandate.json': JSON.stringify({ title: 'Office files written by the tests', documents: { 'minutes.pdf': { work: 'CWG-MINUTES-2024' } } }),
      'resolution.docx': wordFile([
        { text: 'RESOLUTION 9 (Rev. Geneva, 2024)', style: 'Heading1' },
        { text: '1\tThe Assembly recalls Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference.', footnote: 'See also Council Decision 304.' },
      ]),
      'minutes.pdf': pdfFile([['1.1 The group reviewed Council Resolution 1305.', '1.2 The secretariat will report.']]),
      'garbled.pdf': pdfFile([['A whole page in a font without a Unicode mapping', 'and a second line of the same kind']], ['punctuation-garbage']),
      'old.doc': Uint8Array.from([0xdb, 0xa5, 0x2d, 0x00, 0x31, 0x40, 0x09, 0x08]),
      'twin.doc': Uint8Array.from([0xdb, 0xa5, 0x2d, 0x00]),
      'twin.pdf': pdfFile([['The same Recommendation, as a PDF whose text can be read.']]),
    });
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.documents.created).toBe(3);
    const failures = byFile(report.failures);
    expect(Object.keys(failures).sort()).toEqual(['garbled.pdf', 'old.doc', 'twin.doc']);
    expect(failures['garbled.pdf']).toMatch(/^no readable text layer \(\d+% of its text decodes to garbage/);
    expect(failures['old.doc']).toBe('unsupported format (Word for Windows 2.0 binary document: not read; save it as .docx or PDF)');
    expect(failures['twin.doc']).toBe("Word's binary .doc format is not read; twin.pdf, the same document, is read instead");

    expect(await rows(`select title from documents.repository where id = 'office-files'`)).toEqual([{ title: 'Office files written by the tests' }]);
    const documents = await rows(`select name, format, title, work from documents.document where repository_id = 'office-files' order by name`);
    expect(documents).toEqual([
      { name: 'minutes', format: 'pdf', title: '1.1 The group reviewed Council Resolution 1305.', work: 'CWG-MINUTES-2024' },
      { name: 'resolution', format: 'docx', title: 'RESOLUTION 9 (Rev. Geneva, 2024)', work: null },
      { name: 'twin', format: 'pdf', title: 'The same Recommendation, as a PDF whose text can be read.', work: null },
    ]);
    expect(await rows(`select number, role, text from documents.paragraph where document_id = 'office-files/resolution' order by position`)).toEqual([
      { number: null, role: 'HEADING', text: 'RESOLUTION 9 (Rev. Geneva, 2024)' },
      { number: '1', role: 'BODY', text: 'The Assembly recalls Resolution 71 (Rev. Busan, 2014) of the Plenipotentiary Conference.' },
      { number: '1', role: 'FOOTNOTE', text: 'See also Council Decision 304.' },
    ]);
    const cited = await rows(`select document_id, resolution from documents.citation where document_id like 'office-files/%' order by document_id, resolution`);
    expect(cited).toEqual([
      { document_id: 'office-files/minutes', resolution: 'C-RES-1305' },
      { document_id: 'office-files/resolution', resolution: 'C-DEC-304' },
      { document_id: 'office-files/resolution', resolution: 'PP-RES-71' },
      // Its own heading, RESOLUTION 9 (Rev. Geneva, 2024), names no conference the extractor knows: found, unresolved.
      { document_id: 'office-files/resolution', resolution: null },
    ]);
    // Run again: the files that failed still fail, the others are unchanged.
    const again = await ingestRepositories(store, [repository], defaultExtractors);
    expect(again.documents).toEqual({ created: 0, replaced: 0, unchanged: 3, removed: 0 });
  });

  it('stores a Word 97–2003 file, and reports one built to loop its reader without losing the others', async () => {
    const repository = writeRepository('word-97', {
      'minutes.doc': word97File(['Minutes of the group', '1\tThe group reviewed Council Resolution 1305.']),
      'looping.doc': loopingWord97File(),
    });
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.documents.created).toBe(1);
    expect(byFile(report.failures)['looping.doc']).toMatch(/^unreadable file \(/);
    expect(await rows(`select number, text from documents.paragraph where document_id = 'word-97/minutes' order by position`)).toEqual([
      { number: null, text: 'Minutes of the group' }, { number: '1', text: 'The group reviewed Council Resolution 1305.' },
    ]);
    expect(await rows(`select resolution from documents.citation where document_id = 'word-97/minutes'`)).toEqual([{ resolution: 'C-RES-1305' }]);
  }, 30_000);

  it('stores an Akoma Ntoso document that is no instrument as a document of its own, and tells why', async () => {
    const repository = writeRepository('akn-documents', {
      'gt-plen-a.xml': `<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><akn:doc name="document" xml:lang="en">
        <akn:meta><akn:identification source="#x"><akn:FRBRWork><akn:FRBRauthor href="#itu-pp"/></akn:FRBRWork></akn:identification></akn:meta>
        <akn:preface><akn:p><akn:docNumber>GT-PLEN/A (Antalya, 2006)</akn:docNumber></akn:p><akn:p><akn:docTitle>Report of the Working Group of the Plenary</akn:docTitle></akn:p></akn:preface>
        <akn:mainBody><akn:paragraph eId="para_1"><akn:num>1.1</akn:num><akn:content><akn:p>The group reviewed Resolution 101 (Rev. Marrakesh, 2002).</akn:p></akn:content></akn:paragraph></akn:mainBody>
      </akn:doc></akn:akomaNtoso>`,
    });
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.failures).toEqual([]);
    expect(byFile(report.notices)['gt-plen-a.xml']).toMatch(/is read as a document, not an instrument: its number "GT-PLEN\/A \(Antalya, 2006\)" is not an instrument number/);
    expect(await rows(`select name, format, title, language from documents.document where repository_id = 'akn-documents'`))
      .toEqual([{ name: 'gt-plen-a', format: 'xml', title: 'Report of the Working Group of the Plenary', language: 'EN' }]);
    expect(await rows(`select paragraph, resolution from documents.citation where document_id = 'akn-documents/gt-plen-a'`))
      .toEqual([{ paragraph: '1.1', resolution: 'PP-RES-101' }]);
  });

  it('refuses a manifest whose "work" is not a name, before reading anything', async () => {
    const repository = writeRepository('bad-work', { 'mandate.json': JSON.stringify({ documents: { 'a.txt': { work: ' ' } } }), 'a.txt': 'Text.' });
    const report = await ingestRepositories(store, [repository], defaultExtractors);
    expect(report.failures.map((failure) => failure.reason)).toEqual([expect.stringMatching(/"work" of "a\.txt" must be a name of 1 to 200 characters/)]);
    expect(report.documents.created).toBe(0);
  });

  it.skipIf(!hasCorpus)('reads the real itu-t-docx repository: five languages of E.119 citing WTSA Resolution 1, U.1 from its PDF', async () => {
    const report = await ingestRepositories(store, [join(CORPUS, 'itu-t-docx')], defaultExtractors);
    expect(report.documents.created).toBe(7);
    expect(byFile(report.failures)).toEqual({ 'T-REC-U.1-199303-E.doc': "Word's binary .doc format is not read; T-REC-U.1-199303-E.pdf, the same document, is read instead" });
    expect(byFile(report.notices)['T-REC-U.1-199303-E.pdf']).toMatch(/^\d+ lines of the PDF have no readable text layer/);
    const citing = await rows(`select d.name, d.language from documents.citation c join documents.document d on d.id = c.document_id
      where c.resolution = 'WTSA-RES-1' and d.name like 'T-REC-E.119%' group by d.name, d.language order by d.name`);
    expect(citing.map((row: { language: string }) => row.language)).toEqual(['AR', 'EN', 'FR', 'RU', 'ES']);
    // The five are one Recommendation: one work, each version a translation of the others.
    const works = await rows(`select name, work from documents.document where repository_id = 'itu-t-docx' order by name`);
    expect(works.filter((row: { name: string }) => row.name.startsWith('T-REC-E.119')).map((row: { work: string }) => row.work)).toEqual(new Array(5).fill('itu-t-docx/T-REC-E.119-201704'));
    expect(works.find((row: { name: string }) => row.name === 'WTSA-RES-1-2016-E').work).toBe('itu-t-docx/WTSA-RES-1-2016');
    const noise = await rows(`select count(*)::int as n from documents.paragraph p join documents.document d on d.id = p.document_id
      where d.repository_id = 'itu-t-docx' and p.text ~ '[\\x01-\\x08\\x0e-\\x1f]'`);
    expect(noise).toEqual([{ n: 0 }]);
  });
});
