import type { InstrumentKind, Issuer, LanguageCode, Revision } from '../types';
import { englishPlace } from './gazetteer';

/** A citation as written, before deciding which instrument it is. */
export interface FoundCitation {
  text: string;
  start: number;
  end: number;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  /** Issuer words written before the keyword (`Council`, `理事会`). */
  before: string;
  /** What the parenthesis says (`C-1985, last amended C19`). */
  parenthesis: string;
  /** The text right after the citation (`of the World Telecommunication Development Conference`). */
  after: string;
  language: LanguageCode;
}

const KIND_WORDS: [RegExp, InstrumentKind][] = [
  [/^(?:resolution|résolution|resoluci|резолюц|القرار)/iu, 'RES'],
  [/^(?:decision|décision|decisi|решени)/iu, 'DEC'],
  [/^(?:recommendation|recommandation|recomendaci|рекомендац)/iu, 'REC'],
];

const ALPHABETIC_KEYWORD =
  /(?<![\p{L}-])(?:(Council|PP|WTSA|WTDC|RA|WCIT|UNGA|Plenipotentiary\s+Conference)\s+)?(Resolutions?|Decisions?|Recommendations?|R[ée]solutions?|D[ée]cisions?|Recommandations?|Resoluci(?:ón|ones)|Decisi(?:ón|ones)|Recomendaci(?:ón|ones)|Резолюци[яиюейя]\p{L}*|Решени[яейю]\p{L}*|Рекомендаци[яиюей]\p{L}*|القرارات|القرار)(?:\s+(?:No\.|n[o°º]\.?|№))?\s+(?=\d)/gu;
const CHINESE_KEYWORD = /(理事会|全权代表大会|全会)?第(?=\d)/gu;

const SEPARATOR = /^(?:\s*[,،]\s*(?:(?:and|et|y|и|و)\s+)?|\s+(?:and|et|y|и|و)\s+|\s*[、和及与]\s*第?)(?=\d)/u;
const NUMBER = /^\d{1,4}(?![\d.,]\d|\s*[x×]\s*\d|\s*(?:px|dpi|p\b))/u;
const PAREN = /^\s*[(（]([^()（）]{1,80})[)）]/u;
const CHINESE_KIND = /^号?(决议|决定|建议)/u;

function kindOf(keyword: string): InstrumentKind {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(keyword)) return kind;
  return 'RES';
}

/** `Rev. Dubai, 2018`, `Rév. Bucarest, 2022`, `Пересм. Дубай, 2018 г.`, `2018年，迪拜，修订版`, `المراجَع في دبي، 2018`. */
export function parseRevision(inside: string): { revision: Revision | null; words: string } {
  const year = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/u.exec(inside);
  if (!year) return { revision: null, words: inside };
  const cleaned = inside
    .replace(/(?:Rev|Rév|Mod|Пересм|Изм)\.?|修订版|修版|修订|المراجَع|المراجع|في|г\.|年/gu, ' ')
    .replace(year[1], ' ');
  let place: string | null = null;
  for (const part of cleaned.split(/[,，、،]/u)) {
    const candidate = part.trim();
    if (candidate && englishPlace(candidate)) {
      place = englishPlace(candidate);
      break;
    }
  }
  const yearNumber = Number(year[1]);
  const label = place ? `Rev. ${place}, ${yearNumber}` : `Rev. ${yearNumber}`;
  return { revision: { label, place, year: yearNumber }, words: inside };
}

interface Numbered { number: number; start: number; end: number }

/**
 * Reads `47 and 48 (Rev. Dubai, 2012) and 49, 50 (Rev. Hammamet, 2016)` from `from`: each number with
 * the revision of the parenthesis that closes its group.
 */
function readList(text: string, from: number, chinese: boolean) {
  const items: (Numbered & { revision: Revision | null; words: string; kind?: InstrumentKind; spanEnd: number })[] = [];
  let group: typeof items = [];
  let at = from;
  for (;;) {
    const number = NUMBER.exec(text.slice(at));
    if (!number) break;
    const item: (typeof items)[number] = { number: Number(number[0]), start: at, end: at + number[0].length, revision: null, words: '', spanEnd: at + number[0].length };
    at = item.end;
    if (chinese) {
      const kind = CHINESE_KIND.exec(text.slice(at));
      if (kind) {
        at += kind[0].length;
        for (const pending of [...group, item]) pending.kind = kindOf(kind[1] === '决议' ? 'resolution' : kind[1] === '决定' ? 'decision' : 'recommendation');
      } else if (/^号/u.test(text.slice(at))) {
        at += 1;
      }
    }
    item.spanEnd = at;
    group.push(item);
    items.push(item);
    const paren = PAREN.exec(text.slice(at));
    if (paren) {
      const { revision, words } = parseRevision(paren[1]);
      if (revision || /C-\d{4}|amended|Mod/u.test(paren[1])) {
        for (const pending of group) pending.words = words;
        for (const pending of group) pending.revision = revision;
        item.spanEnd = at + paren[0].length;
        at = item.spanEnd;
        group = [];
      }
    }
    const separator = SEPARATOR.exec(text.slice(at));
    if (!separator) break;
    at += separator[0].length;
  }
  return { items, end: at };
}

function isChinese(text: string): boolean {
  return /\p{Script=Han}/u.test(text);
}

function languageOf(keyword: string): LanguageCode {
  if (/\p{Script=Cyrillic}/u.test(keyword)) return 'ru';
  if (/\p{Script=Arabic}/u.test(keyword)) return 'ar';
  if (/[éÉ]|Recommandation/u.test(keyword)) return 'fr';
  if (/ci[óo]n|ciones/u.test(keyword)) return 'es';
  return 'en';
}

/** Every citation of an ITU instrument in `text`, with exact spans: the first of a list starts at its keyword. */
export function findRaw(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const match of text.matchAll(ALPHABETIC_KEYWORD)) {
    const keywordStart = match.index!;
    const { items, end } = readList(text, keywordStart + match[0].length, false);
    const after = text.slice(end, end + 100);
    const prefix = match[1] ?? '';
    items.forEach((item, index) => {
      const start = index === 0 ? keywordStart : item.start;
      found.push({
        text: text.slice(start, item.spanEnd), start, end: item.spanEnd, kind: kindOf(match[2]), number: item.number,
        revision: item.revision, before: prefix, parenthesis: item.words, after: index === items.length - 1 ? after : '', language: languageOf(match[2]),
      });
    });
  }
  if (isChinese(text)) {
    // A list (第102号决议（…）、第140号决议) is read from its first 第; the later ones are inside it.
    let readUpTo = 0;
    for (const match of text.matchAll(CHINESE_KEYWORD)) {
      const keywordStart = match.index!;
      if (keywordStart < readUpTo) continue;
      const { items, end } = readList(text, keywordStart + match[0].length, true);
      readUpTo = end;
      if (!items.length || !items.some((item) => item.kind)) continue;
      const before = text.slice(Math.max(0, keywordStart - 12), keywordStart);
      items.forEach((item, index) => {
        if (!item.kind) return;
        const start = index === 0 ? keywordStart : item.start;
        found.push({
          text: text.slice(start, item.spanEnd), start, end: item.spanEnd, kind: item.kind, number: item.number,
          revision: item.revision, before: `${before}${match[1] ?? ''}`, parenthesis: item.words, after: '', language: 'zh',
        });
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export type { Issuer };
