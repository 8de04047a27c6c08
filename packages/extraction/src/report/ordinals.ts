import { toAsciiDigits } from '../text/digits';

/**
 * Ordinal words in French, Spanish, Russian and Arabic, from 1 to 49: how reports in those languages number
 * meetings ("la seizième réunion", "la decimosexta reunión", "шестнадцатое собрание", "الاجتماع السادس عشر").
 * Generated from the rules of each language rather than listed, so that every number up to 49 is covered the
 * same way; the Chinese and English forms are in numerals.ts.
 */

export type OrdinalLanguage = 'fr' | 'es' | 'ru' | 'ar';

const LIMIT = 49;

function frenchOrdinals(): Map<string, number> {
  const units = ['', 'unième', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième', 'neuvième'];
  const teens = ['dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième', 'dix-septième', 'dix-huitième', 'dix-neuvième'];
  const tens: Record<number, [string, string]> = { 20: ['vingt', 'vingtième'], 30: ['trente', 'trentième'], 40: ['quarante', 'quarantième'] };
  const out = new Map<string, number>([['premier', 1], ['première', 1], ['1er', 1], ['1re', 1], ['1ère', 1], ['second', 2], ['seconde', 2]]);
  for (let n = 2; n <= 9; n++) out.set(units[n]!, n);
  teens.forEach((word, i) => out.set(word, 10 + i));
  for (let n = 20; n <= LIMIT; n++) {
    const [cardinal, ordinal] = tens[n - (n % 10)]!;
    const unit = n % 10;
    out.set(unit === 0 ? ordinal : unit === 1 ? `${cardinal} et unième` : `${cardinal}-${units[unit]}`, n);
  }
  return out;
}

function spanishOrdinals(): Map<string, number> {
  // Feminine (la reunión, la consulta); the masculine forms end in -o, and 1 and 3 also shorten (primer, tercer).
  const units = ['', 'primera', 'segunda', 'tercera', 'cuarta', 'quinta', 'sexta', 'séptima', 'octava', 'novena'];
  const tens: Record<number, string> = { 10: 'décima', 20: 'vigésima', 30: 'trigésima', 40: 'cuadragésima' };
  const feminine = new Map<string, number>([['undécima', 11], ['duodécima', 12]]);
  for (let n = 1; n <= LIMIT; n++) {
    const unit = n % 10;
    const ten = tens[n - unit];
    if (!ten) {
      feminine.set(units[unit]!, n);
      continue;
    }
    if (unit === 0) {
      feminine.set(ten, n);
      continue;
    }
    // décima quinta, decimoquinta; vigésima primera, vigesimoprimera.
    feminine.set(`${ten} ${units[unit]}`, n);
    feminine.set(`${ten.normalize('NFD').replace(/\p{M}/gu, '').slice(0, -1)}o${units[unit]}`, n);
  }
  const out = new Map(feminine);
  for (const [word, n] of feminine) out.set(word.replace(/a(?=\s|$)/g, 'o'), n);
  out.set('primer', 1);
  out.set('tercer', 3);
  return out;
}

/** Stems take the case endings of Russian adjectives: шестнадцатое, шестнадцатого, шестнадцатом, шестнадцатых. */
function russianStems(): Map<string, number> {
  const units = ['', 'перв', 'втор', 'трет', 'четвёрт', 'пят', 'шест', 'седьм', 'восьм', 'девят'];
  const teens = ['десят', 'одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];
  const tens: Record<number, [string, string]> = { 20: ['двадцать', 'двадцат'], 30: ['тридцать', 'тридцат'], 40: ['сорок', 'сороков'] };
  const out = new Map<string, number>();
  for (let n = 1; n <= 9; n++) out.set(units[n]!, n);
  out.set('четверт', 4);
  teens.forEach((stem, i) => out.set(stem, 10 + i));
  for (let n = 20; n <= LIMIT; n++) {
    const [cardinal, ordinal] = tens[n - (n % 10)]!;
    const unit = n % 10;
    if (unit === 0) out.set(ordinal, n);
    else {
      out.set(`${cardinal} ${units[unit]}`, n);
      if (unit === 4) out.set(`${cardinal} четверт`, n);
    }
  }
  return out;
}

/** Masculine (الاجتماع) and feminine (المشاورة) forms, with and without hamza on the alif. */
function arabicOrdinals(): Map<string, number> {
  const masculine = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  const feminine = ['', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة'];
  const tens: Record<number, string[]> = { 20: ['العشرون', 'العشرين'], 30: ['الثلاثون', 'الثلاثين'], 40: ['الأربعون', 'الأربعين'] };
  const out = new Map<string, number>();
  for (let n = 1; n <= 9; n++) {
    out.set(masculine[n]!, n);
    out.set(feminine[n]!, n);
  }
  out.set('العاشر', 10);
  out.set('العاشرة', 10);
  for (let n = 11; n <= 19; n++) {
    const unit = n % 10;
    out.set(`${unit === 1 ? 'الحادي' : masculine[unit]} عشر`, n);
    out.set(`${unit === 1 ? 'الحادية' : feminine[unit]} عشرة`, n);
  }
  for (let n = 20; n <= LIMIT; n++) {
    const unit = n % 10;
    for (const ten of tens[n - unit]!) {
      if (unit === 0) out.set(ten, n);
      else {
        out.set(`${unit === 1 ? 'الحادي' : masculine[unit]} و${ten}`, n);
        out.set(`${unit === 1 ? 'الحادية' : feminine[unit]} و${ten}`, n);
      }
    }
  }
  for (const [word, n] of [...out]) if (word.includes('أ')) out.set(word.replace(/أ/g, 'ا'), n);
  return out;
}

const TABLES: Record<OrdinalLanguage, Map<string, number>> = {
  fr: frenchOrdinals(), es: spanishOrdinals(), ru: russianStems(), ar: arabicOrdinals(),
};

/** Longest first, so that "dix-septième" wins over "septième" and "السادس عشر" over "السادس". */
function alternationOf(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((word) => word.replace(/ /g, '\\s+')).join('|');
}

/**
 * Regex source of one ordinal of a language, as a word or in digits: `16e`, `16ème`, `1re` (fr); `16.ª`, `16a`
 * (es); `16-е`, `16-го`, `16-м` (ru); `16` after the noun (ar).
 */
export const ORDINAL_SOURCE: Record<OrdinalLanguage, string> = {
  fr: `(?:\\d{1,3}(?:e|è|ème|eme|re|ère|er)(?!\\p{L})|(?:${alternationOf(TABLES.fr.keys())})(?!\\p{L}))`,
  es: `(?:\\d{1,3}\\.?[ªºao](?!\\p{L})|(?:${alternationOf(TABLES.es.keys())})(?!\\p{L}))`,
  ru: `(?:\\d{1,3}-?(?:е|й|я|го|м|ое|ом|ого|ому|ых)(?!\\p{L})|(?:${alternationOf(TABLES.ru.keys())})(?:ье|ьего|ьем|ьих|ьим|\\p{L}{1,3})(?!\\p{L}))`,
  ar: `(?:[0-9٠-٩]{1,3}(?![0-9٠-٩])|(?:${alternationOf(TABLES.ar.keys())})(?!\\p{L}))`,
};

/** The number an ordinal of `language` stands for, or null. */
export function ordinalValue(language: OrdinalLanguage, written: string): number | null {
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  const digits = /^([0-9٠-٩]{1,3})/.exec(word);
  if (digits) return Number(toAsciiDigits(digits[1]!));
  const table = TABLES[language];
  if (language !== 'ru') return table.get(word) ?? null;
  // Russian: the longest stem the word starts with, its ending aside.
  let best: { length: number; value: number } | null = null;
  for (const [stem, value] of table) {
    if ((word.startsWith(stem) || word.startsWith(stem.replace('ё', 'е'))) && (!best || stem.length > best.length)) best = { length: stem.length, value };
  }
  return best?.value ?? null;
}
