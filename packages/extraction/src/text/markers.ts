/**
 * Reading what a line starts with: a paragraph number (`2.5.1`, `1.`, `a)`), a bullet, or nothing.
 * Shared by the txt, md and html splitters so that "what counts as a number" is decided once.
 */

export interface LineMarker {
  kind: 'number' | 'bullet';
  /** The number as printed, without the separator and without a trailing dot (`2.5.1`, `1`, `a)`). */
  number: string | null;
  /** Characters taken by the marker and its separator; the paragraph text starts after them. */
  length: number;
}

// Separators: TAB (word-processor exports), spaces, no-break space, ideographic space.
const SEP = '(?:\\t+|[ \\u00A0\\u3000]+)';

/** `2.5.1` / `2.5.1.` / `1bis.2` — multi-level numbers are unambiguous, any separator will do. */
const PART = '\\d{1,3}(?:bis|ter|quater)?';
const DOTTED = new RegExp(`^(${PART}(?:\\.${PART})+)\\.?${SEP}(?=\\S)`);
/** `1.` / `1)` — list-style numbers. */
const LISTED = new RegExp(`^(\\d{1,3})([.)])${SEP}(?=\\S)`);
/** `1<TAB>` or `1   ` — a bare number is only a number when the gap shows it is one. */
const BARE_WIDE = /^(\d{1,3})(?:\t+|[ \u00A0]{2,}|\u3000+)(?=\S)/;
const BARE_NARROW = /^(\d{1,3}) (?=\S)/;
/** `a)`, `(a)`, `iv)`, `(iv)`, and the full-width `（a）`. */
const LETTERED = new RegExp(`^([(（]?(?:[a-z]|[ivx]{1,4})[)）])${SEP}(?=\\S)`);
/** Bullets used by word processors and markdown. `-`/`*`/`+` need a following space. */
const BULLET = /^([•·▪●◦‣○■□➢►➤✓]|[-–*+])(?:\t+|[ \u00A0\u3000]+)(?=\S)/;

export function readMarker(line: string): LineMarker | null {
  let m = DOTTED.exec(line);
  if (m) return { kind: 'number', number: m[1]!, length: m[0].length };
  m = LISTED.exec(line);
  if (m) return { kind: 'number', number: m[2] === ')' ? `${m[1]})` : m[1]!, length: m[0].length };
  m = BARE_WIDE.exec(line);
  if (m) return { kind: 'number', number: m[1]!, length: m[0].length };
  m = BARE_NARROW.exec(line);
  if (m && looksLikeHeading(line.slice(m[0].length))) return { kind: 'number', number: m[1]!, length: m[0].length };
  m = LETTERED.exec(line);
  if (m) return { kind: 'number', number: m[1]!, length: m[0].length };
  m = BULLET.exec(line);
  if (m) return { kind: 'bullet', number: null, length: m[0].length };
  return null;
}

/**
 * "1 Introduction" is a numbered heading, "150 participants registered." is a sentence: after a
 * single space we only accept short text that starts like a title and does not end like a sentence.
 */
function looksLikeHeading(rest: string): boolean {
  if (rest.length > 80) return false;
  if (/[.。;；,，:：]$/.test(rest)) return false;
  const first = rest.charAt(0);
  if (/[a-z0-9]/.test(first)) return false;
  return /\p{Lu}|\p{Lo}/u.test(first);
}

/** Lines made only of rule characters (`______`, `====`, `* * *`): layout, not text. */
export function isRuleLine(line: string): boolean {
  return /^(?:[_=\-*~·—–]\s*){3,}$/.test(line);
}

/** Index of the first and one past the last non-white-space character, or null for a blank line. */
export function trimBounds(line: string): { from: number; to: number } | null {
  const from = line.search(/\S/);
  if (from < 0) return null;
  let to = line.length;
  while (to > from && /\s/.test(line.charAt(to - 1))) to--;
  return { from, to };
}
