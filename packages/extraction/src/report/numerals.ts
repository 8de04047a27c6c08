import { toAsciiDigits } from '../text/digits';

/**
 * Numbers as reports print them: Arabic digits, full-width digits (１７), Chinese numerals
 * (十六, 一百一十一, 二〇二二) and, in English, cardinal and ordinal words up to ninety-nine.
 */

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
const SMALL_UNITS: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const BIG_UNITS: Record<string, number> = { '万': 10_000, '亿': 100_000_000 };

/** Regex source matching one number in any of the forms parseNumber accepts (not English words). */
export const NUMBER_SOURCE = '[0-9０-９]+|[〇零一二两三四五六七八九十百千万亿]+';

/** 十六 → 16, 二十 → 20, 一百一十一 → 111, 〇 → 0, 二〇二二 → 2022, "17" → 17, "１７" → 17; null if not a number. */
export function parseChineseNumeral(text: string): number | null {
  const input = text.trim();
  if (input === '') return null;
  if (/^[0-9０-９]+$/.test(input)) return Number(toAsciiDigits(input));
  if (!/^[〇零一二两三四五六七八九十百千万亿]+$/.test(input)) return null;
  // Digit-by-digit writing, used for years: 二〇二二.
  if (input.length > 1 && /^[〇零一二三四五六七八九]+$/.test(input)) {
    return Number([...input].map((character) => DIGITS[character]).join(''));
  }
  return parseWithUnits(input);
}


/** Positional parsing with units; rejects malformed sequences such as 十十 or 三三. */
function parseWithUnits(input: string): number | null {
  let total = 0;
  let section = 0; // value below the current 万/亿
  let digit: number | null = null;
  let lastSmallUnit = Infinity;
  let lastBigUnit = Infinity;
  for (const ch of input) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return null; // two digits in a row
      digit = DIGITS[ch]!;
      continue;
    }
    if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (unit >= lastSmallUnit) return null;
      // A bare 十 at the start or after 零 means 一十 (十六 = 16, 一千零十 = 1010); other units need a digit.
      const bareTen = unit === 10 && (digit === 0 || (digit === null && section === 0));
      const multiplier = bareTen ? 1 : digit;
      if (multiplier === null || multiplier === 0) return null;
      section += multiplier * unit;
      lastSmallUnit = unit;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[ch]!;
    if (big >= lastBigUnit) return null;
    section += digit ?? 0;
    if (section === 0) return null;
    total += section * big;
    section = 0;
    digit = null;
    lastSmallUnit = Infinity;
    lastBigUnit = big;
  }
  return total + section + (digit ?? 0);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_ONES = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** Regex source for an English cardinal or ordinal word up to 99 (`sixteenth`, `twenty-one`). */
export const WORD_NUMBER_SOURCE = (() => {
  const ones = [...ONES, ...ORDINAL_ONES].sort((a, b) => b.length - a.length).join('|');
  const tens = [...TENS.filter(Boolean), ...ORDINAL_TENS.filter(Boolean)].sort((a, b) => b.length - a.length).join('|');
  return `(?:(?:${tens})(?:[- ](?:${ones}))?|${ones})`;
})();

/** Any number as printed: digits (with st/nd/rd/th), Chinese numerals, English words. */
export function parseNumber(text: string): number | null {
  const normalized = text.trim().toLowerCase().replace(/(?<=\d)(?:st|nd|rd|th)$/, '').replace(/,(?=\d{3}\b)/g, '');
  const chinese = parseChineseNumeral(normalized);
  if (chinese !== null) return chinese;
  return parseEnglishWords(normalized);
}

function parseEnglishWords(text: string): number | null {
  const parts = text.split(/[- ]/);
  if (parts.length > 2) return null;
  const value = (word: string): number | null => {
    let i = ONES.indexOf(word);
    if (i >= 0) return i;
    i = ORDINAL_ONES.indexOf(word);
    if (i >= 0) return i;
    return null;
  };
  const tens = (word: string): number | null => {
    let i = TENS.indexOf(word);
    if (i >= 2) return i * 10;
    i = ORDINAL_TENS.indexOf(word);
    if (i >= 2) return i * 10;
    return null;
  };
  if (parts.length === 1) return value(parts[0]!) ?? tens(parts[0]!);
  const t10 = tens(parts[0]!);
  const t1 = value(parts[1]!);
  return t10 !== null && t1 !== null && t1 > 0 && t1 < 10 ? t10 + t1 : null;
}
