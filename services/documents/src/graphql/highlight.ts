import { fold } from '../search/terms';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/** A hit: [start, end) in the paragraph's text. */
export type Span = [number, number];

// Private-use characters: ts_headline puts them around the words it matched, and no text of ours is marked with them.
const OPEN = '\uE000';
const CLOSE = '\uE001';

/** ts_headline's options: the whole text back, each matched word between OPEN and CLOSE. */
export const HEADLINE_OPTIONS = `StartSel=${OPEN}, StopSel=${CLOSE}, HighlightAll=true`;

/**
 * The words ts_headline marked, as spans of `text`. It marks the paragraph's search form (lower-cased and
 * folded one character for one), so its offsets are the text's; null when they are not (a character whose
 * lower case is two, or a text that holds the marks itself), and the caller marks by stems instead.
 */
export function markedSpans(text: string, marked: string | null): Span[] | null {
  if (marked === null || text.includes(OPEN) || text.includes(CLOSE)) return null;
  const spans: Span[] = [];
  let at = 0;
  let start = -1;
  for (let i = 0; i < marked.length; i++) {
    const char = marked[i];
    if (char === OPEN) start = at;
    else if (char === CLOSE) {
      if (start >= 0) spans.push([start, at]);
      start = -1;
    } else at++;
  }
  return at === text.length ? spans : null;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** Words ts_headline does not mark: it reads a paragraph with its Latin words' stemmer, and Chinese as whole runs. */
const NOT_LATIN = /[\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han}]/u;

/**
 * Where each stem (search/terms.ts) stands in the folded text: in a script written with spaces the span is the
 * whole word the stem is in ("Secrétariat", "البيئة"), in Chinese the stem itself. `notLatinOnly` keeps the
 * stems of the scripts ts_headline leaves unmarked.
 */
export function stemSpans(text: string, stems: string[], notLatinOnly = false): Span[] {
  const folded = fold(text);
  const spans: Span[] = [];
  for (const needle of stems) {
    if (!needle || (notLatinOnly && !NOT_LATIN.test(needle))) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) spans.push(wordAround(text, at, at + needle.length));
  }
  return spans;
}

/** Hits joined by a hyphen or an apostrophe are one word to the reader ("Internet-related"), marked once. */
const JOINER = /^[-'’]$/u;

/** A window of the paragraph around its first hit, HTML-escaped, with every hit in <mark>. */
export function highlight(text: string, hits: Span[], window = 200): string {
  const sorted: Span[] = [];
  for (const hit of [...hits].sort((a, b) => a[0] - b[0] || b[1] - a[1])) {
    const last = sorted[sorted.length - 1];
    if (last && hit[0] >= last[1] && JOINER.test(text.slice(last[1], hit[0]))) last[1] = hit[1];
    else sorted.push([...hit]);
  }
  const first = sorted[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(window / 3), text.length - window));
  const to = Math.min(text.length, from + window);
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const [start, end] of sorted) {
    if (start < cursor || end > to) continue;
    out += escapeHtml(text.slice(cursor, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
    cursor = end;
  }
  out += escapeHtml(text.slice(cursor, to)) + (to < text.length ? '…' : '');
  return out;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Longer runs of letters are not words (a garbled text layer): their hits are marked as found. */
const LONGEST_WORD = 40;

/** The word a hit lies in, for scripts that separate words; the hit itself otherwise. */
function wordAround(text: string, start: number, end: number): Span {
  if (UNSPACED.test(text.slice(start, end))) return [start, end];
  const inWord = (at: number) => WORD_CHARACTER.test(text.charAt(at)) && !UNSPACED.test(text.charAt(at));
  let from = start;
  let to = end;
  while (from > 0 && inWord(from - 1)) from--;
  while (to < text.length && inWord(to)) to++;
  return to - from > LONGEST_WORD ? [start, end] : [from, to];
}
