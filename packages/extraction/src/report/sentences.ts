import { readMarker } from '../text/markers';
import type { Paragraph } from '../types';

/** A sentence (or clause ended by a semicolon) of one paragraph, with document offsets. */
export interface Sentence {
  paragraph: Paragraph;
  /** Document offsets. */
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose period does not end an English sentence.
const ABBREVIATIONS = /(?:\b(?:No|Nos|Res|Rev|Doc|Docs|Mr|Mrs|Ms|Dr|Prof|Vol|para|paras|art|arts|cf|vs|St|Corr|Add|Annex|e\.g|i\.e|etc)|\b[A-Z])\.$/;

/**
 * Splits a paragraph at 。！？；, at ! ? ; , at line breaks that start a list item or follow a colon
 * (a soft-wrapped markdown line does not end a sentence), and at ". " before a capital or a digit
 * (not after common abbreviations such as "Res." or "Rev.", which fill ITU citations).
 */
export function sentencesOf(paragraph: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  const t = paragraph.text;
  let from = 0;
  const cut = (to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(t.charAt(a))) a++;
    while (b > a && /\s/.test(t.charAt(b - 1))) b--;
    if (b > a) out.push({ paragraph, start: paragraph.start + a, end: paragraph.start + b, text: t.slice(a, b) });
    from = to;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charAt(i);
    if ('。！？；!?;'.includes(c)) {
      // Keep a closing quote or bracket with the sentence it closes.
      let j = i + 1;
      while (j < t.length && '”’」』）)"'.includes(t.charAt(j))) j++;
      cut(j);
      i = j - 1;
    } else if (c === '\n' && breaksSentence(t, i)) {
      cut(i);
    } else if (c === '.' && /\s/.test(t.charAt(i + 1)) && /^\s+["“(]?[\p{Lu}\d]/u.test(t.slice(i + 1, i + 4)) && !ABBREVIATIONS.test(t.slice(Math.max(0, i - 6), i + 1))) {
      cut(i + 1);
    }
  }
  cut(t.length);
  return out;
}

function breaksSentence(t: string, newline: number): boolean {
  if (/[:：]\s*$/.test(t.slice(Math.max(0, newline - 3), newline))) return true;
  const next = t.slice(newline + 1, t.indexOf('\n', newline + 1) < 0 ? t.length : t.indexOf('\n', newline + 1)).trimStart();
  return next === '' || readMarker(next) !== null || !/[\p{L}\p{N}]$/u.test(t.slice(0, newline).trimEnd());
}
