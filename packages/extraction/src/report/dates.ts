import { toAsciiDigits } from '../text/digits';
import { NUMBER_SOURCE, parseChineseNumeral } from './numerals';

/** A calendar point as printed: a day, or only a month. */
export interface DatePoint { year: number; month: number; day: number | null }

/** A date or a range of dates found in a string; offsets are relative to that string. */
export interface DateMention {
  start: number;
  end: number;
  from: DatePoint;
  /** End of a range (`19–20 January 2022`, `October to December 2021`), else null. */
  to: DatePoint | null;
}

export function isoDay(point: DatePoint): string | null {
  return point.day === null ? null : `${point.year}-${pad(point.month)}-${pad(point.day)}`;
}

export function isoMonth(point: DatePoint): string {
  return `${point.year}-${pad(point.month)}`;
}

/** ISO date at the precision printed: `2022-01-19` or `2021-10`. */
export function isoDate(point: DatePoint): string {
  return isoDay(point) ?? isoMonth(point);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Dates in the forms of the six languages, left to right, without overlaps. */
export function findDates(text: string): DateMention[] {
  const found = [...chineseDates(text), ...englishDates(text), ...otherLanguageDates(text)].filter(valid);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMention[] = [];
  for (const date of found) if (!out.length || date.start >= out[out.length - 1]!.end) out.push(date);
  return out;
}

function valid(date: DateMention): boolean {
  const ok = (point: DatePoint) => point.month >= 1 && point.month <= 12 && point.year >= 1900 && point.year <= 2200 && (point.day === null || (point.day >= 1 && point.day <= 31));
  return ok(date.from) && (date.to === null || ok(date.to));
}

// ------------------------------------------------------------------------------------------------
// Chinese: 2021年9月23日, 2022年1月19-20日, 2022年1月19日至20日, 2021年12月30日至2022年1月2日,
// 2021年10月至12月, 2021年2月至9月.

const NUMBER = `(?:${NUMBER_SOURCE})`;
const ZH_POINT = new RegExp(`(${NUMBER})\\s*年\\s*(${NUMBER})\\s*月(?:\\s*(${NUMBER})(\\s*日)?)?`, 'g');
const ZH_TAIL = new RegExp(`\\s*(?:至|到|[-–—~～])\\s*(?:(${NUMBER})\\s*年)?\\s*(?:(${NUMBER})\\s*月)?\\s*(?:(${NUMBER})\\s*日)?`, 'y');

function chineseDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  ZH_POINT.lastIndex = 0;
  for (let match = ZH_POINT.exec(text); match; match = ZH_POINT.exec(text)) {
    const year = num(match[1]);
    const month = num(match[2]);
    let day = match[3] !== undefined ? num(match[3]) : null;
    const dayClosed = match[4] !== undefined;
    let end = match.index + match[0].length;
    let to: DatePoint | null = null;

    ZH_TAIL.lastIndex = end;
    const tail = ZH_TAIL.exec(text);
    if (tail && (tail[1] || tail[2] || tail[3])) {
      const toYear = tail[1] !== undefined ? num(tail[1]) : year;
      const toMonth = tail[2] !== undefined ? num(tail[2]) : month;
      const toDay = tail[3] !== undefined ? num(tail[3]) : null;
      // A range ends at the same precision it starts with: 19-20日, 10月至12月.
      if ((day === null) === (toDay === null) && year !== null && month !== null && toYear !== null && toMonth !== null) {
        to = { year: toYear, month: toMonth, day: toDay };
        end = tail.index + tail[0].length;
      }
    }
    if (to === null && day !== null && !dayClosed) {
      // "2022年1月19" with neither 日 nor a range: the digits belong to something else.
      day = null;
      end = match.index + match[0].length - match[3]!.length;
    }
    if (year === null || month === null) continue;
    out.push({ start: match.index, end: trimEnd(text, match.index, end), from: { year, month, day }, to });
    ZH_POINT.lastIndex = end;
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return end;
}

function num(text: string | undefined): number | null {
  return text === undefined ? null : parseChineseNumeral(text);
}

// ------------------------------------------------------------------------------------------------
// English: 23 September 2021, 19-20 January 2022, 30 November - 2 December 2021, January 19-20, 2022,
// October to December 2021, from February to September 2021, October 2021; a day or year glued to the
// words around it by a conversion ("held on10 October 2016in Geneva") is still read.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const TO = '\\s*(?:-|–|—|to|until|through|and)\\s*';

const EN_PATTERNS: { re: RegExp; read: (match: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | null }[] = [
  { // 30 November - 2 December 2021 / 19-20 January 2022 / 19 to 20 January 2022
    re: new RegExp(`(?<!\\d)${DAY}(?:\\s+${MONTH})?${TO}${DAY}\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'gi'),
    read: (match) => {
      const year = Number(match[5]);
      const toMonth = month(match[4]!);
      return { from: { year, month: match[2] ? month(match[2]) : toMonth, day: Number(match[1]) }, to: { year, month: toMonth, day: Number(match[3]) } };
    },
  },
  { // January 19-20, 2022 / January 19, 2022
    re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${TO}${DAY})?,?\\s+${YEAR}(?!\\d)`, 'gi'),
    read: (match) => {
      const year = Number(match[4]);
      const mo = month(match[1]!);
      return { from: { year, month: mo, day: Number(match[2]) }, to: match[3] ? { year, month: mo, day: Number(match[3]) } : null };
    },
  },
  { // 23 September 2021
    re: new RegExp(`(?<!\\d)${DAY}\\s+${MONTH},?\\s+${YEAR}(?!\\d)`, 'gi'),
    read: (match) => ({ from: { year: Number(match[3]), month: month(match[2]!), day: Number(match[1]) }, to: null }),
  },
  { // October to December 2021 / February 2021 to March 2022
    re: new RegExp(`\\b${MONTH}(?:\\s+${YEAR})?${TO}${MONTH}\\s+${YEAR}(?!\\d)`, 'gi'),
    read: (match) => {
      const toYear = Number(match[4]);
      return { from: { year: match[2] ? Number(match[2]) : toYear, month: month(match[1]!), day: null }, to: { year: toYear, month: month(match[3]!), day: null } };
    },
  },
  { // October 2021
    re: new RegExp(`\\b${MONTH}\\s+${YEAR}(?!\\d)`, 'gi'),
    read: (match) => ({ from: { year: Number(match[2]), month: month(match[1]!), day: null }, to: null }),
  },
];

function month(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((full) => full.startsWith(key.slice(0, 3))) + 1;
}

function englishDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { re, read } of EN_PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      // "may" is also a verb: only accept it capitalised.
      if (/\bmay\b/.test(match[0])) continue;
      const reading = read(match);
      if (reading) out.push({ start: match.index, end: match.index + match[0].length, ...reading });
    }
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// French, Spanish, Russian and Arabic: 26 septembre 2019, 1er février 2020, du 19 au 20 janvier 2022,
// 26 de septiembre de 2019, del 19 al 20 de enero de 2022, 19–20 января 2022 г., 26 سبتمبر 2019,
// 30 novembre – 2 décembre 2021, octobre 2021, de octubre a diciembre de 2021.

const OTHER_MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // fr
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  // es
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  // ru: the genitive of a date (26 сентября), and the nominative of a month alone (сентябрь 2019 г.)
  ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'],
  ['январе', 'феврале', 'марте', 'апреле', 'мае', 'июне', 'июле', 'августе', 'сентябре', 'октябре', 'ноябре', 'декабре'],
  // ar: the names used at the UN, with and without hamza
  ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
];
for (const names of MONTH_NAMES) names.forEach((name, i) => {
  OTHER_MONTHS[name] = i + 1;
  OTHER_MONTHS[name.replace(/[أإ]/g, 'ا')] = i + 1;
});
OTHER_MONTHS['setiembre'] = 9;
OTHER_MONTHS['fevrier'] = 2;
OTHER_MONTHS['aout'] = 8;
OTHER_MONTHS['decembre'] = 12;

const OTHER_MONTH = `(${Object.keys(OTHER_MONTHS).sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+')})`;
const OTHER_DAY = '([0-9٠-٩]{1,2})(?:er|º|°)?';
const OTHER_YEAR = '([0-9٠-٩]{4})';
/** `de`, `del` in Spanish dates; nothing in the others. */
const DE = '(?:\\s+de|\\s+del)?\\s+';
/** au, al, a, et, y, и, по, إلى, و, or a dash. */
const OTHER_TO = '\\s*(?:-|–|—|au|al|a|et|y|и|по|إلى|الى|حتى|و)\\s*';
const OTHER_FROM = '(?:(?:du|del|de|с|من)\\s+)?';
/** Not inside a word or a number; the Arabic "and" (و) is written joined to the word it precedes. */
const OTHER_START = '(?:(?<![\\p{L}\\d])|(?<=(?:^|[^\\p{L}])و))';

const OTHER_PATTERNS: { re: RegExp; read: (match: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> }[] = [
  { // du 30 novembre au 2 décembre 2021 / 19-20 janvier 2022 / del 19 al 20 de enero de 2022
    re: new RegExp(`${OTHER_START}${OTHER_FROM}${OTHER_DAY}(?:${DE}${OTHER_MONTH})?${OTHER_TO}${OTHER_DAY}${DE}${OTHER_MONTH}${DE}${OTHER_YEAR}(?!\\d)`, 'giu'),
    read: (match) => {
      const year = digits(match[5]!);
      const toMonth = otherMonth(match[4]!);
      return { from: { year, month: match[2] ? otherMonth(match[2]) : toMonth, day: digits(match[1]!) }, to: { year, month: toMonth, day: digits(match[3]!) } };
    },
  },
  { // 26 septembre 2019 / 26 de septiembre de 2019 / 26 سبتمبر 2019
    re: new RegExp(`${OTHER_START}${OTHER_DAY}${DE}${OTHER_MONTH}${DE}${OTHER_YEAR}(?!\\d)`, 'giu'),
    read: (match) => ({ from: { year: digits(match[3]!), month: otherMonth(match[2]!), day: digits(match[1]!) }, to: null }),
  },
  { // d'octobre à décembre 2021 / de octubre a diciembre de 2021
    re: new RegExp(`${OTHER_START}${OTHER_MONTH}(?:${DE}${OTHER_YEAR})?${OTHER_TO}${OTHER_MONTH}${DE}${OTHER_YEAR}(?!\\d)`, 'giu'),
    read: (match) => {
      const toYear = digits(match[4]!);
      return { from: { year: match[2] ? digits(match[2]) : toYear, month: otherMonth(match[1]!), day: null }, to: { year: toYear, month: otherMonth(match[3]!), day: null } };
    },
  },
  { // octobre 2021 / octubre de 2021 / октябре 2021 г.
    re: new RegExp(`${OTHER_START}${OTHER_MONTH}${DE}${OTHER_YEAR}(?!\\d)`, 'giu'),
    read: (match) => ({ from: { year: digits(match[2]!), month: otherMonth(match[1]!), day: null }, to: null }),
  },
];

function otherMonth(name: string): number {
  return OTHER_MONTHS[name.toLowerCase().replace(/\s+/g, ' ')] ?? OTHER_MONTHS[name.toLowerCase().replace(/\s+/g, ' ').replace(/[أإ]/g, 'ا')] ?? 0;
}

/** Western or Arabic-Indic digits. */
function digits(text: string): number {
  return Number(toAsciiDigits(text));
}

function otherLanguageDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const { re, read } of OTHER_PATTERNS) {
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      out.push({ start: match.index, end: match.index + match[0].length, ...read(match) });
    }
  }
  return out;
}
