import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentError, decodeDocument } from '../../src/text';
// The real documents, read in place (skipped by name where a machine has none).
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';


const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, order: 'le' | 'be', bom = true): Uint8Array {
  const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(order === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}

function failure(input: Uint8Array, file = 'docs/report.txt'): DocumentError {
  try {
    decodeDocument(input, file);
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError);
    return error as DocumentError;
  }
  throw new Error('expected decodeDocument to throw');
}

describe('decodeDocument', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeDocument(utf8('工作组 report'), 'a.txt')).toBe('工作组 report');
    expect(decodeDocument(bytes([0xef, 0xbb, 0xbf], utf8('第十六次会议')), 'a.txt')).toBe('第十六次会议');
  });

  it('reads UTF-16 LE and BE when they carry a BOM', () => {
    const text = 'Réunion 第十七次会议 — 2022';
    expect(decodeDocument(utf16(text, 'le'), 'le.txt')).toBe(text);
    expect(decodeDocument(utf16(text, 'be'), 'be.txt')).toBe(text);
  });

  it('refuses empty input: no bytes, only a BOM, only white space', () => {
    for (const input of [new Uint8Array(0), bytes([0xef, 0xbb, 0xbf]), utf8(' \n\t\r\n'), utf16('  ', 'le')]) {
      const error = failure(input, 'in/empty.txt');
      expect(error.reason).toBe('empty document');
      expect(error.path).toBe('in/empty.txt');
      expect(error.message).toContain('in/empty.txt');
    }
  });

  it('refuses binary files and says what it saw', () => {
    const pdf = failure(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'x.pdf');
    expect(pdf.reason).toBe('binary file');
    expect(pdf.message).toMatch(/x\.pdf: binary file \(PDF signature\)/);
    expect(failure(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'x.docx').reason).toBe('binary file');
    const nul = failure(bytes(utf8('text'), [0], utf8('more text here and there')), 'x.bin');
    expect(nul.reason).toBe('binary file');
    expect(nul.offset).toBe(4);
    expect(nul.message).toContain('offset 4');
    const noisy = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(failure(noisy).reason).toBe('binary file');
  });

  it('refuses text in an encoding it cannot be sure of, pointing at the first bad byte', () => {
    // "Réunion" in Latin-1: 0xE9 is not UTF-8.
    const latin1 = failure(bytes(utf8('R'), [0xe9], utf8('union du groupe')), 'fr/latin1.txt');
    expect(latin1.reason).toBe('unknown encoding');
    expect(latin1.offset).toBe(1);
    expect(latin1.message).toBe('fr/latin1.txt: unknown encoding (not valid UTF-8 at byte 1)');
    // GBK-encoded Chinese is not UTF-8 either.
    expect(failure(bytes([0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xe9])).reason).toBe('unknown encoding');
    // A truncated multi-byte sequence at the end.
    expect(failure(bytes(utf8('abc'), [0xe5, 0xb7])).reason).toBe('unknown encoding');
  });

  it('recognises UTF-16 without a BOM as an encoding problem, not as binary', () => {
    const error = failure(utf16('Council Working Group report', 'le', false));
    expect(error.reason).toBe('unknown encoding');
    expect(error.message).toContain('UTF-16 without a byte-order mark');
  });

  it('refuses malformed UTF-16: odd length, unpaired surrogate', () => {
    expect(failure(bytes(utf16('abc', 'le'), [0x41])).reason).toBe('unknown encoding');
    expect(failure(bytes([0xff, 0xfe], [0x00, 0xd8], [0x41, 0x00])).reason).toBe('unknown encoding');
  });

  it.skipIf(!hasCorpus)('decodes the real chair report', () => {
    const text = decodeDocument(readFileSync(path.join(CORPUS, 'itu-council/000_8f73a2edc1468054.txt')), 'itu-council/000_8f73a2edc1468054.txt');
    expect(text).toContain('CWG-Internet');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });
});
