import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, convertBinaryDocument, extractDocument, isReadable } from '../../src';
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';
import { pdfFile } from './pdf-files';

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DocumentError);

describe('PDF files written by the tests', () => {
  it('join wrapped lines into paragraphs, rejoin hyphenated words, and leave running headers out', async () => {
    const header = 'Report of the Council Working Group';
    const converted = await convertBinaryDocument(pdfFile([
      [header, '1.1 The group met in Geneva and agreed to recom-', 'mend that the Council adopt the draft.', '1.2 The ITU-', 'T Director reported on Resolution 102.', '2'],
      [header, '1.3 The Secretariat will circulate the', 'summary to all Member States.', '3'],
      [header, 'Annex', 'List of participants', '4'],
    ]), 'pdf', 'report.pdf');
    expect(converted.paragraphs.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['1.1', 'The group met in Geneva and agreed to recommend that the Council adopt the draft.'],
      ['1.2', 'The ITU-T Director reported on Resolution 102.'],
      ['1.3', 'The Secretariat will circulate the summary to all Member States.'],
      [null, 'Annex'],
      [null, 'List of participants'],
    ]);
    for (const paragraph of converted.paragraphs) expect(converted.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(converted.text).not.toContain(header);
    expect(converted.notices).toEqual([]);
  });

  it.each(['punctuation-garbage', 'control-garbage'] as const)('refuse a text layer that decodes to garbage (%s): "no readable text layer"', async (font) => {
    const pages = [['Resolution 102 of the Plenipotentiary Conference', 'instructs the Secretary-General to report']];
    const error = await refusal(convertBinaryDocument(pdfFile(pages, [font]), 'pdf', 'garbled.pdf'));
    expect(error).toBeInstanceOf(DocumentError);
    expect(error!.reason).toBe('no readable text layer');
    expect(error!.message).toMatch(/^garbled\.pdf: no readable text layer \(\d+% of its text decodes to garbage/);
  });

  it('keep the readable pages of a PDF with a garbled page, leave the garbage out and say so', async () => {
    const readable = Array.from({ length: 6 }, (_, index) => `${index + 1}. The Council Working Group considered contribution ${index + 1} on Resolution 102.`);
    const converted = await convertBinaryDocument(pdfFile([['Cover page title'], readable], ['control-garbage', 'readable']), 'pdf', 'mixed.pdf');
    expect(converted.paragraphs).toHaveLength(6);
    expect(converted.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f]/);
    expect(converted.notices).toEqual(['1 line of the PDF has no readable text layer (its font has no Unicode mapping) and was left out']);
  });

  it('refuse a PDF with no text at all (a scan) and a file that is not a PDF', async () => {
    expect((await refusal(convertBinaryDocument(pdfFile([[]]), 'pdf', 'scan.pdf')))!.message).toMatch(/no readable text layer \(its pages hold no text/);
    expect((await refusal(convertBinaryDocument(new TextEncoder().encode('not a pdf at all'), 'pdf', 'fake.pdf')))!.reason).toBe('unreadable file');
  });

  it('tell readable lines from garbage: leaders, numbers and every script pass; shifted and control glyphs do not', () => {
    for (const line of ['1 Signalling types .......................... 1', 'Резолюция 102 (Пересм. Дубай, 2018 г.)', '第102号决议', 'القرار 102', '(03/93)', '2.5.1'])
      expect(isReadable(line), line).toBe(true);
    for (const line of [')45\u00134 5\u000e\u0011', "4%,%'2!0(", '3)\'.!,,).\'', 'text\ufffd\ufffd'])
      expect(isReadable(line), line).toBe(false);
  });
});


describe.skipIf(!hasCorpus)('the real Recommendation U.1 (1993) as PDF and as Word 2.0', () => {
  it('reads the PDF\'s text layer where it decodes, leaves out the lines in fonts without a Unicode mapping, and refuses the .doc', async () => {
    const bytes = readFileSync(join(CORPUS, 'itu-t-docx', 'T-REC-U.1-199303-E.pdf'));
    const [document] = await extractDocument(bytes, { path: 'T-REC-U.1-199303-E.pdf', format: 'pdf' });
    expect(document!.language).toBe('en');
    expect(document!.text).toContain('The ITU Telecommunication Standardization Sector (ITU-T) is a permanent organ of the International Telecommunication Union.');
    expect(document!.text).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
    expect(document!.text).not.toContain(')45');
    expect(document!.notices.join(' ')).toMatch(/^\d+ lines of the PDF have no readable text layer/);
    expect(document!.paragraphs.some((paragraph) => paragraph.number === '1.2' && paragraph.text.startsWith('The signals shown in clauses 2 to 10'))).toBe(true);
    const doc = readFileSync(join(CORPUS, 'itu-t-docx', 'T-REC-U.1-199303-E.doc'));
    expect((await refusal(convertBinaryDocument(doc, 'doc', 'T-REC-U.1-199303-E.doc')))!.message).toMatch(/unsupported format \(Word for Windows 2\.0 binary document/);
  });
});
