import { toAsciiDigits } from '../text/digits';
/**
 * Lookup keys for short pieces of a citation (a parenthesis, the words around it). Never applied to the
 * document itself: spans are always offsets into the original text, and folding changes lengths.
 *
 * Folding drops Latin accents (Dubaï, Dubái → dubai; a combining acute as well as a precomposed é) and
 * Arabic short vowels and tatweel (المراجَع → المراجع), unifies the Arabic alef forms (إسطنبول → اسطنبول),
 * reads Arabic-Indic and full-width digits as ASCII, and lower-cases. The Cyrillic breve is kept, so that
 * й stays й and Russian words fold to themselves.
 */
export function fold(text: string): string {
  return toAsciiDigits(stripMarks(text))
    .toLowerCase()
    .replace(/[ٱ]/gu, 'ا')
    .replace(/[\s\u00a0\u202f]+/gu, ' ');
}

/** The value of a number written in ASCII, Arabic-Indic or full-width digits. */
export function digitsValue(digits: string): number {
  return Number(fold(digits));
}

/**
 * Only the marks `fold` drops, for the words and patterns written in the code: the hamza of مؤتمر is a
 * mark too (و + hamza above), so a name must lose it just as the text it is compared with does.
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u0305\u0307-\u036f\u064b-\u065f\u0670\u0640]/gu, '').normalize('NFC');
}
