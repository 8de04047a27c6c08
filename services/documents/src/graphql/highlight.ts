import { fold } from '../search/terms';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * A window of the paragraph around its first hit, HTML-escaped, with every hit of every stem in <mark>.
 * Stems are matched in the folded text (search/terms.ts), whose offsets are the text's; in a script written
 * with spaces the mark covers the whole word the stem is in ("Secrétariat", "البيئة"), in Chinese the stem.
 */
export function highlight(text: string, stems: string[], window = 200): string {
  const folded = fold(text);
  const hits: [number, number][] = [];
  for (const needle of stems) {
    for (let at = folded.indexOf(needle); at !== -1 && needle; at = folded.indexOf(needle, at + needle.length)) hits.push(wordAround(text, at, at + needle.length));
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const first = hits[0]?.[0] ?? 0;
  const from = Math.max(0, Math.min(first - Math.floor(window / 3), text.length - window));
  const to = Math.min(text.length, from + window);
  let out = from > 0 ? '…' : '';
  let cursor = from;
  for (const [start, end] of hits) {
    if (start < cursor || end > to) continue;
    out += escapeHtml(text.slice(cursor, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>';
    cursor = end;
  }
  out += escapeHtml(text.slice(cursor, to)) + (to < text.length ? '…' : '');
  return out;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Longer runs of letters are not words (a garbled text layer): their hits are marked as found. */
const LONGEST_WORD = 40;

/** The word a hit lies in, for scripts that separate words; the hit itself otherwise. */
function wordAround(text: string, start: number, end: number): [number, number] {
  if (UNSPACED.test(text.slice(start, end))) return [start, end];
  const inWord = (at: number) => WORD_CHARACTER.test(text.charAt(at)) && !UNSPACED.test(text.charAt(at));
  let from = start;
  let to = end;
  while (from > 0 && inWord(from - 1)) from--;
  while (to < text.length && inWord(to)) to++;
  return to - from > LONGEST_WORD ? [start, end] : [from, to];
}
