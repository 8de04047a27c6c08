import { DocumentError } from '../text/errors';
import { isRuleLine, readMarker } from '../text/markers';
import type { Block } from './layout';

/** A PDF's text, as blocks, and what of it could not be read. */
export interface ReadPdf {
  blocks: Block[];
  /** Lines whose text layer decodes to garbage, left out of the text: said, never ingested as noise. */
  unreadableLines: number;
}

/** Below this share of readable characters the text layer is garbage, not a document with a bad line or two. */
const READABLE_SHARE = 0.5;

/**
 * A PDF → blocks, through Mozilla's pdf.js: the text layer page by page, lines joined into paragraphs
 * (a numbered line opens one; a line after one that ends a sentence opens one; a word hyphenated at the
 * end of a line is joined again), running headers and footers left out. Lines whose fonts map to
 * garbage are dropped; when most of the text is garbage, or there is none (a scan), the file is
 * refused: "no readable text layer".
 */
export async function readPdf(bytes: Uint8Array, path: string): Promise<ReadPdf> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: string[][];
  try {
    // A copy: pdf.js takes over the buffer it is given.
    const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const content = await (await pdf.getPage(number)).getTextContent();
      let text = '';
      for (const item of content.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      // Rules (a row of underscores above the notes) are layout, not text, readable or not.
      pages.push(text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter((line) => line && !isRuleLine(line)));
    }
    await pdf.destroy();
  } catch (error) {
    throw new DocumentError('unreadable file', path, `not a readable PDF: ${(error as Error).message}`);
  }

  const all = pages.flat();
  const visible = (line: string) => line.replace(/\s/g, '').length;
  const total = all.reduce((sum, line) => sum + visible(line), 0);
  const readable = all.filter(isReadable);
  const readableCharacters = readable.reduce((sum, line) => sum + visible(line), 0);
  if (total === 0) throw new DocumentError('no readable text layer', path, 'its pages hold no text (a scan needs OCR first)');
  if (readableCharacters < total * READABLE_SHARE) {
    throw new DocumentError('no readable text layer', path, `${Math.round((1 - readableCharacters / total) * 100)}% of its text decodes to garbage: its fonts have no Unicode mapping`);
  }
  const running = runningLines(pages);
  const lines = pages.flatMap((page) => page.filter((line, index) =>
    isReadable(line) && !running.has(runningKey(line)) && !((index < 2 || index >= page.length - 2) && PAGE_NUMBER.test(line))));
  return { blocks: paragraphsOf(lines), unreadableLines: all.length - readable.length };
}

/**
 * A line a person could read: no control characters, private-use or replacement characters (what fonts
 * without a Unicode mapping decode to), and, leaders and numbers aside, mostly letters.
 */
export function isReadable(line: string): boolean {
  if (/[\u0000-\u0008\u000b-\u001f\u007f\ue000-\uf8ff\ufffd]/u.test(line)) return false;
  const letters = (line.match(/\p{L}|\p{M}/gu) ?? []).length;
  // Symbols a sentence seldom holds: where a shifted encoding puts letters ("4%,%'2!0(" for "TELEGRAPH").
  const symbols = (line.match(/[!"#$%&'*+<=>?@[\\\]^_`{|}~]/g) ?? []).length;
  if (symbols >= 2 && symbols * 2 > letters) return false;
  const words = line.replace(/(?:\.\s?){3,}|[\d\s.,:;()\/–-]+/g, '');
  return words.length < 4 || letters / words.length >= 0.6;
}

/** Page headers and footers: the same line, page numbers aside, on three pages or more. */
function runningLines(pages: string[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) for (const key of new Set(page.map(runningKey))) seen.set(key, (seen.get(key) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count >= 3 && pages.length >= 3).map(([key]) => key));
}

function runningKey(line: string): string {
  return line.replace(/^\d+\s+|\s+\d+$/g, '').replace(/\b[ivxlc]+$/i, '').trim();
}

/** A page's number alone on its line: "2", "- 2 -", "iv", "Page 2", "2/15". */
const PAGE_NUMBER = /^(?:page\s+)?[-–(]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-–)]?(?:\s*\/\s*\d{1,4})?$/i;

/**
 * Lines → paragraphs. A line continues the paragraph above unless it starts with a number or bullet, or
 * the line above ended a sentence, was a heading in capitals, or stopped well short of the measure (the
 * last line of a paragraph, a title); a word hyphenated at the end of a line is joined again.
 */
function paragraphsOf(lines: string[]): Block[] {
  const lengths = lines.map((line) => line.length).sort((a, b) => a - b);
  const measure = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const blocks: Block[] = [];
  let current: string | null = null;
  let previous = '';
  for (const line of lines) {
    const hyphenated = current !== null && /\p{L}-$/u.test(previous);
    const opens = current === null || readMarker(line) !== null || (!hyphenated && (
      /[.;:!?。；：]$/.test(previous) || /^\p{Lu}[\p{Lu}\s\d.,()–-]+$/u.test(previous) || previous.length < measure * 0.6));
    if (opens) {
      if (current !== null) blocks.push({ role: 'BODY', text: current });
      current = line;
    } else if (hyphenated) {
      // "recom-" + "mend" is one word; "ITU-" + "T" keeps its hyphen.
      current = /^\p{Ll}/u.test(line) ? current!.slice(0, -1) + line : current + line;
    } else {
      current = `${current} ${line}`;
    }
    previous = line;
  }
  if (current !== null) blocks.push({ role: 'BODY', text: current });
  return blocks;
}
