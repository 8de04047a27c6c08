import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, extractDocument, readDocumentFile, type DocumentText } from '../../src';
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';
import { wordFile } from './word-files';

const read = async (bytes: Uint8Array, path = 'fixture.docx') => (await readDocumentFile(bytes, { path, format: 'docx' }))[0]!;
const shown = (document: DocumentText) => document.paragraphs.map((paragraph) => ({ number: paragraph.number, role: paragraph.role ?? 'BODY', text: paragraph.text }));

// An ITU template's own styles, as its .docx files name them.
const ITU_STYLES = { ResNo: 'Res_No', Restitle: 'Res_title', Call: 'Call', enumlev1: 'enumlev1', Normalaftertitle: 'Normal after title' };

describe('Word files (.docx) written by the tests', () => {
  it('keep headings, printed paragraph numbers and footnotes apart from the body, with offsets into the text shown', async () => {
    const document = await read(wordFile([
      { text: 'RESOLUTION 7 (Rev. Geneva, 2022)', style: 'ResNo' },
      { text: 'Working methods of the Sector', style: 'Restitle' },
      { text: 'The World Telecommunication Standardization Assembly,', footnote: '1\tPreviously published in 2016 and 2020.' },
      { text: 'considering', style: 'Call' },
      { text: 'a)\tResolution 122 (Rev. Dubai, 2018) of the Plenipotentiary Conference;', style: 'enumlev1' },
      { text: '1.1\tThe Director shall report to the Council.' },
      { text: '1bis.1\tGeneral principles', style: 'Heading2' },
      { text: 'Normal paragraph after a title.', style: 'Normalaftertitle' },
      { table: [['Study group', 'Chairman'], ['SG 2', 'To be elected']] },
    ], ITU_STYLES));
    expect(shown(document)).toEqual([
      { number: null, role: 'HEADING', text: 'RESOLUTION 7 (Rev. Geneva, 2022)' },
      { number: null, role: 'HEADING', text: 'Working methods of the Sector' },
      { number: null, role: 'BODY', text: 'The World Telecommunication Standardization Assembly,' },
      { number: null, role: 'BODY', text: 'considering' },
      { number: 'a)', role: 'BODY', text: 'Resolution 122 (Rev. Dubai, 2018) of the Plenipotentiary Conference;' },
      { number: '1.1', role: 'BODY', text: 'The Director shall report to the Council.' },
      { number: '1bis.1', role: 'HEADING', text: 'General principles' },
      { number: null, role: 'BODY', text: 'Normal paragraph after a title.' },
      { number: null, role: 'BODY', text: 'Study group' },
      { number: null, role: 'BODY', text: 'Chairman' },
      { number: null, role: 'BODY', text: 'SG 2' },
      { number: null, role: 'BODY', text: 'To be elected' },
      { number: '1', role: 'FOOTNOTE', text: 'Previously published in 2016 and 2020.' },
    ]);
    for (const paragraph of document.paragraphs) expect(document.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    // The footnote's mark is not left in the body text, and the footnote comes after the body.
    expect(document.text).toContain('Standardization Assembly,\n');
    expect(document.text.indexOf('Previously published')).toBeGreaterThan(document.text.indexOf('To be elected'));
    expect(document.title).toBe('RESOLUTION 7 (Rev. Geneva, 2022) – Working methods of the Sector');
    expect(document.language).toBe('en');
  });

  it('number a footnote that prints no mark by its place, and read Word\'s own heading styles', async () => {
    const document = await read(wordFile([
      { text: 'Introduction', style: 'Heading1' },
      { text: 'The group met twice.', footnote: 'Both meetings were held in Geneva.' },
      { text: 'Second note', footnote: 'Another note.' },
    ]));
    expect(shown(document).filter((paragraph) => paragraph.role !== 'BODY')).toEqual([
      { number: null, role: 'HEADING', text: 'Introduction' },
      { number: '1', role: 'FOOTNOTE', text: 'Both meetings were held in Geneva.' },
      { number: '2', role: 'FOOTNOTE', text: 'Another note.' },
    ]);
  });

  it.each([
    ['fr', 'Résolution 1 de l\'AMNT', 'vu la Résolution 1 de l\'Assemblée mondiale de normalisation des télécommunications et les méthodes de travail de la Commission d\'études'],
    ['es', 'Resolución 1 de la AMNT', 'considerando la Resolución 1 de la Asamblea Mundial de Normalización de las Telecomunicaciones y los métodos de trabajo de la Comisión de Estudio'],
    ['ru', 'Резолюция 1 ВАСЭ', 'учитывая Резолюцию 1 Всемирной ассамблеи по стандартизации электросвязи и методы работы исследовательской комиссии'],
    ['ar', 'القرار 1', 'إذ يضع في اعتباره القرار 1 للجمعية العالمية لتقييس الاتصالات وأساليب عمل لجنة الدراسات'],
    ['zh', '第1号决议', '考虑到世界电信标准化全会第1号决议以及研究组的工作方法和程序'],
  ])('carry a %s text to the extractors: its language detected, its citations found', async (language, heading, sentence) => {
    const [document] = await extractDocument(wordFile([{ text: heading, style: 'Heading1' }, { text: sentence }]), { path: `x-${language}.docx`, format: 'docx' });
    expect(document!.language).toBe(language);
    expect(document!.paragraphs.map((paragraph) => paragraph.text)).toEqual([heading, sentence]);
    expect(document!.citations.map((citation) => citation.resolution)).toContain('WTSA-RES-1');
  });

  it('refuse, naming the reason, a file that is not a Word document and one that would unzip to too much', async () => {
    await expect(read(new TextEncoder().encode('plain text saved as .docx'))).rejects.toThrow(/fixture\.docx: unreadable file \(not a readable ZIP archive/);
    const bomb = wordFile([{ text: 'small' }]);
    // Every central directory entry claims 4 GB once unzipped.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let at = 0; at < bomb.length - 4; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 0xfffffff0, true);
    const refusal = await read(bomb).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DocumentError);
    expect((refusal as DocumentError).reason).toBe('too large');
    await expect(read(wordFile([{ text: '   ' }]))).rejects.toThrow(/empty document/);
  });
});

describe.skipIf(!hasCorpus)('the real ITU Word files (itu-t-docx)', () => {
  const file = (name: string) => readFileSync(join(CORPUS, 'itu-t-docx', name));

  it('WTSA Resolution 1 keeps its headings and footnotes, and cites the instruments its text names', async () => {
    const [document] = await extractDocument(file('WTSA-RES-1-2016-E.docx'), { path: 'WTSA-RES-1-2016-E.docx', format: 'docx' });
    expect(document!.title).toMatch(/^RESOLUTION 1 \(Rev\. Hammamet, 2016\) – Rules of procedure of the ITU Telecommunication Standardization Sector/);
    expect(document!.paragraphs.some((paragraph) => paragraph.role === 'HEADING' && paragraph.text === 'World Telecommunication Standardization Assembly')).toBe(true);
    const footnotes = document!.paragraphs.filter((paragraph) => paragraph.role === 'FOOTNOTE');
    expect(footnotes.length).toBeGreaterThanOrEqual(5);
    expect(footnotes.some((footnote) => footnote.text.startsWith('Previously published (Geneva, 1956'))).toBe(true);
    expect(document!.paragraphs.find((paragraph) => paragraph.number === '1.1')?.text).toMatch(/^The World Telecommunication Standardization Assembly \(WTSA\), in undertaking/);
    const cited = new Set(document!.citations.map((citation) => citation.resolution));
    for (const id of ['PP-RES-165', 'PP-RES-72', 'PP-RES-71', 'PP-RES-5', 'C-DEC-304', 'WTSA-RES-2', 'WTSA-RES-22', 'WTSA-RES-35', 'WTSA-RES-40', 'WTSA-RES-44']) expect(cited).toContain(id);
    const revisions = document!.citations.filter((citation) => citation.resolution === 'PP-RES-72').map((citation) => citation.revision?.label);
    expect(revisions).toContain('Rev. Busan, 2014');
  });

  it.each([['A', 'ar'], ['E', 'en'], ['F', 'fr'], ['R', 'ru'], ['S', 'es']])('E.119 in language %s cites WTSA Resolution 1 in its own language', async (letter, language) => {
    const [document] = await extractDocument(file(`T-REC-E.119-201704-${letter}.docx`), { path: `T-REC-E.119-201704-${letter}.docx`, format: 'docx' });
    expect(document!.language).toBe(language);
    expect(document!.title).toMatch(/E\.119/);
    expect(document!.citations.map((citation) => citation.resolution)).toContain('WTSA-RES-1');
  });
});
