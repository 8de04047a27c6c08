import { DocumentError } from '../text/errors';
import { readWordBinary } from './doc';
import { readDocx } from './docx';
import { layOut, type LaidOutText } from './layout';
import { readPdf } from './pdf';

export { isReadable } from './pdf';

/** The formats read from bytes that are not text: Word 2007+, PDF, and Word 97–2003 (older binary Word files are refused). */
export const BINARY_FORMATS = ['docx', 'pdf', 'doc'] as const;
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

export interface ConvertedDocument extends LaidOutText {
  /** What was left out and why, for the person who ingests the file. */
  notices: string[];
}

/**
 * A Word or PDF file → the text the graph shows, its paragraphs (headings and footnotes apart from the
 * body) and title. A `DocumentError` says why a file cannot be read: a format not read (with the format
 * named), a damaged file, or no readable text.
 */
export async function convertBinaryDocument(bytes: Uint8Array, format: BinaryFormat, path: string): Promise<ConvertedDocument> {
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  // A .docx saved under the old extension is still a .docx.
  if (format === 'doc' && !zipped) {
    if (!isCompoundFile(bytes)) throw new DocumentError('unsupported format', path, `${legacyWordFormat(bytes)}: not read; save it as .docx or PDF`);
    const converted = layOut(await readWordBinary(bytes, path));
    if (!converted.text) throw new DocumentError('empty document', path, 'the Word document holds no text');
    return { ...converted, notices: [] };
  }
  if (format === 'docx' || format === 'doc') {
    const converted = layOut(await readDocx(bytes, path));
    if (!converted.text) throw new DocumentError('empty document', path, 'the Word document holds no text');
    return { ...converted, notices: [] };
  }
  const { blocks, unreadableLines } = await readPdf(bytes, path);
  return {
    ...layOut(blocks),
    notices: unreadableLines ? [unreadableLines === 1
      ? '1 line of the PDF has no readable text layer (its font has no Unicode mapping) and was left out'
      : `${unreadableLines} lines of the PDF have no readable text layer (their fonts have no Unicode mapping) and were left out`] : [],
  };
}

const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word 97–2003 files are OLE2 compound files. */
function isCompoundFile(bytes: Uint8Array): boolean {
  return COMPOUND_FILE.every((byte, index) => bytes[index] === byte);
}

/** Which older binary Word format a .doc is, by its signature, so that a refusal names it. */
function legacyWordFormat(bytes: Uint8Array): string {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0xdb, 0xa5)) return 'Word for Windows 2.0 binary document';
  if (starts(0x31, 0xbe) || starts(0x32, 0xbe)) return 'Word for Windows 1.x or Write binary document';
  return 'binary Word document of an unknown version';
}
