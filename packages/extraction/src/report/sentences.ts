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
  const paragraphText = paragraph.text;
  let from = 0;
  const cut = (to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(paragraphText.charAt(a))) a++;
    while (b > a && /\s/.test(paragraphText.charAt(b - 1))) b--;
    if (b > a) out.push({ paragraph, start: paragraph.start + a, end: paragraph.start + b, text: paragraphText.slice(a, b) });
    from = to;
  };
  for (let i = 0; i < paragraphText.length; i++) {
    const character = paragraphText.charAt(i);
    if ('。！？；!?;؛؟'.includes(character)) {
      // Keep a closing quote or bracket with the sentence it closes.
      let j = i + 1;
      while (j < paragraphText.length && '”’」』）)"'.includes(paragraphText.charAt(j))) j++;
      cut(j);
      i = j - 1;
    } else if (character === '\n' && breaksSentence(paragraphText, i)) {
      cut(i);
    } else if (character === '.' && /\s/.test(paragraphText.charAt(i + 1)) && /^\s+["“«(]?[\p{Lu}\d\p{Script=Arabic}]/u.test(paragraphText.slice(i + 1, i + 4)) && !ABBREVIATIONS.test(paragraphText.slice(Math.max(0, i - 6), i + 1))) {
      cut(i + 1);
    }
  }
  cut(paragraphText.length);
  return out;
}

function breaksSentence(text: string, newline: number): boolean {
  if (/[:：]\s*$/.test(text.slice(Math.max(0, newline - 3), newline))) return true;
  const next = text.slice(newline + 1, text.indexOf('\n', newline + 1) < 0 ? text.length : text.indexOf('\n', newline + 1)).trimStart();
  return next === '' || readMarker(next) !== null || !/[\p{L}\p{N}]$/u.test(text.slice(0, newline).trimEnd());
}
