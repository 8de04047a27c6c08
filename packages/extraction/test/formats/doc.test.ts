import { describe, expect, it } from 'vitest';
import { DocumentError, convertBinaryDocument, extractDocument } from '../../src';
import { wordFile } from './word-files';
import { loopingWord97File, word97File } from './word97-files';

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DocumentError);

describe('Word files of the binary formats (.doc)', () => {
  it('reads Word 97–2003: its paragraphs, their printed numbers and its footnotes', async () => {
    const bytes = word97File(['RESOLUTION 5 (Rev. Geneva, 2024)', '1\tThe Council recalls Resolution 71 (Rev. Busan, 2014).', '2\tIt instructs the Secretary-General to report.'], ['See also Council Decision 304.']);
    const [document] = await extractDocument(bytes, { path: 'resolution-5.doc', format: 'doc' });
    expect(document!.paragraphs.map((paragraph) => [paragraph.number, paragraph.role ?? 'BODY', paragraph.text])).toEqual([
      [null, 'BODY', 'RESOLUTION 5 (Rev. Geneva, 2024)'],
      ['1', 'BODY', 'The Council recalls Resolution 71 (Rev. Busan, 2014).'],
      ['2', 'BODY', 'It instructs the Secretary-General to report.'],
      ['1', 'FOOTNOTE', 'See also Council Decision 304.'],
    ]);
    for (const paragraph of document!.paragraphs) expect(document!.text.slice(paragraph.start, paragraph.end)).toBe(paragraph.text);
    expect(document!.language).toBe('en');
    expect(document!.citations.map((citation) => citation.resolution)).toEqual(expect.arrayContaining(['PP-RES-71', 'C-DEC-304']));
  });

  it('refuses a Word 97–2003 file built to loop its reader, within its memory ceiling, and goes on reading', async () => {
    const error = await refusal(convertBinaryDocument(loopingWord97File(), 'doc', 'looping.doc'));
    expect(error!.message).toMatch(/^looping\.doc: unreadable file \((?:reading it needed more than 256 MB|the Word 97–2003 reader did not finish within 15 s)\)$/);
    const broken = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(7)]);
    expect((await refusal(convertBinaryDocument(broken, 'doc', 'broken.doc')))!.message).toMatch(/^broken\.doc: unreadable file \(not a readable Word 97–2003 document: /);
    // The process is unharmed: the next file reads.
    const [after] = await extractDocument(word97File(['Council Resolution 1305 guides the group.']), { path: 'after.doc', format: 'doc' });
    expect(after!.citations.map((citation) => citation.resolution)).toEqual(['C-RES-1305']);
  }, 30_000);

  it('refuses the older binary formats with their format named, and reads a .docx saved as .doc', async () => {
    const word2 = new Uint8Array([0xdb, 0xa5, 0x2d, 0x00, ...new Array(60).fill(0)]);
    expect((await refusal(convertBinaryDocument(word2, 'doc', 'old.doc')))!.message).toBe('old.doc: unsupported format (Word for Windows 2.0 binary document: not read; save it as .docx or PDF)');
    const [document] = await extractDocument(wordFile([{ text: 'Council Resolution 1305 guides the group.' }]), { path: 'renamed.doc', format: 'doc' });
    expect(document!.citations.map((citation) => citation.resolution)).toEqual(['C-RES-1305']);
  });
});
