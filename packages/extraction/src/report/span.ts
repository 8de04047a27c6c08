import type { Paragraph, SourceSpan } from '../types';

/** A SourceSpan whose quote is, by construction, exactly `text.slice(start, end)`. */
export function spanOf(text: string, paragraph: Paragraph | null, start: number, end: number): SourceSpan {
  return { paragraph: paragraph?.number ?? null, start, end, quote: text.slice(start, end) };
}

/**
 * Which of two spans is the better evidence: the body of a report (numbered paragraphs) beats its
 * summary and front matter, then the earlier one wins.
 */
export function betterSpan(a: SourceSpan | undefined, second: SourceSpan): boolean {
  if (!a) return true;
  if ((a.paragraph === null) !== (second.paragraph === null)) return a.paragraph === null;
  return false;
}
