import type { InstrumentKind, Issuer, LanguageCode, Revision } from '../types';
import { digitsValue, fold } from './fold';
import { parseRevision, type ParenthesisReading } from './revision';

export { parseRevision } from './revision';

/** A citation as written, before deciding which instrument it is. */
export interface FoundCitation {
  text: string;
  start: number;
  end: number;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  /** Up to 80 characters before the keyword or `第`, with any issuer written there (`ITU Council `, `理事会`). */
  before: string;
  /** Issuer words between the keyword and the number (`ITU-R`, `Совета`, `المجلس`). */
  infix: string;
  /** The parenthesis after the number, as read, when it belongs to the citation. */
  parenthesis: ParenthesisReading | null;
  /** The text right after the whole list (`of the World Telecommunication Development Conference`). */
  after: string;
  /**
   * Whether this instrument is in the list's last group, the one an issuer named after the list
   * speaks of: in `Resolutions 18 (Rev. Doha, 2006) and 18 (Valletta, 1998) of WTDC` only the second.
   */
  lastGroup: boolean;
  language: LanguageCode;
}

/** ASCII, Arabic-Indic and full-width digits. */
const DIGIT = '[0-9\\u0660-\\u0669\\uFF10-\\uFF19]';

const PREFIX = '(?:Council|Plenipotentiary(?:\\s+Conference)?|Radiocommunication\\s+Assembly|(?:PP|WTSA|WTDC|RA|WCIT|WRC)(?:-\\d{2,4})?|UNGA)';

/**
 * The instrument words of the six languages. Latin ones are capitalised, as ITU texts write a cited
 * instrument, which keeps "conflict resolution" out; `é` and `ó` may be written with a combining accent.
 * Russian citations are also written lower case (`в резолюции 101`), and Arabic joins the article and
 * the prepositions to the word (`للقرار`, `بالقرار`, `والقرار`).
 */
const KEYWORD = [
  'Resolutions?', 'Decisions?', 'Recommendations?',
  'R(?:é|e\\u0301)solutions?', 'D(?:é|e\\u0301)cisions?', 'Recommandations?',
  'Resoluci(?:ó|o\\u0301)n', 'Resoluciones', 'Decisi(?:ó|o\\u0301)n', 'Decisiones', 'Recomendaci(?:ó|o\\u0301)n', 'Recomendaciones',
  '[Рр]езолюци[яиюей]\\p{L}*', 'Решени[еяюйи]\\p{L}*', 'Рекомендаци[яиюей]\\p{L}*',
  // Headings in capitals: `RESOLUTION 102 (REV. DUBAI, 2018)`, `DECISIÓN 5 (REV. BUSÁN, 2014)`, `РЕЗОЛЮЦИЯ 71`.
  'RESOLUTIONS?', 'DECISIONS?', 'RECOMMENDATIONS?', 'R(?:É|E\\u0301)SOLUTIONS?', 'D(?:É|E\\u0301)CISIONS?', 'RECOMMANDATIONS?',
  'RESOLUCI(?:Ó|O\\u0301)N', 'RESOLUCIONES', 'DECISI(?:Ó|O\\u0301)N', 'DECISIONES', 'RECOMENDACI(?:Ó|O\\u0301)N', 'RECOMENDACIONES',
  'РЕЗОЛЮЦИ[ЯИЮЕЙ]\\p{Lu}*', 'РЕШЕНИ[ЕЯЮЙИ]\\p{Lu}*', 'РЕКОМЕНДАЦИ[ЯИЮЕЙ]\\p{Lu}*',
  '[وف]?(?:[بك]?ال|لل)?(?:قرار(?:ات|ان|ين)?|مقرر(?:ات|ان|ين)?|توصي(?:ة|ات|تان|تين))',
].join('|');

/** Issuer words written between the keyword and the number. */
const INFIX = '(?:ITU-R|Совета(?:\\s+МСЭ)?|(?:ال)?مجلس(?:\\s+الاتحاد)?|مؤتمر\\s+المندوبين\\s+المفوضين)';
const NUMBER_MARK = '(?:No\\.|Nos\\.|N\\.?\\s?º|n\\.?\\s?º|n[o°]s?\\.?|núm\\.|№|رقم)';

/**
 * Keyword, with any issuer before it and issuer words or a number sign after it, up to the first digit.
 * That it starts a word is checked in code (`startsWord`): a lookbehind here, tried at every position
 * of the document, made the whole scan several times slower.
 */
const ALPHABETIC_KEYWORD = new RegExp(
  // A `?` or U+FFFD between keyword and number is a space a conversion lost (`Resolution?1306`).
  `(?:(${PREFIX})\\s+)?(${KEYWORD})(?:\\s+(${INFIX}))?(?:\\s*${NUMBER_MARK})?\\s*[?\\uFFFD]?\\s*(?=${DIGIT})`,
  'gu',
);
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_-]/u;

function startsWord(text: string, at: number): boolean {
  return at === 0 || !WORD_CHARACTER.test(text.charAt(at - 1));
}

const CHINESE_KEYWORD = new RegExp(`第(?=\\s?${DIGIT})`, 'gu');
/**
 * Chinese issuers written right before `第`, which the citation's span starts with; another body's
 * council (安全理事会, 人权理事会) is left out of the span, as `Security Council` is in English.
 */
const CHINESE_ISSUER_PREFIX = /(?:(?<!安全|人权|经济及社会)理事会|全权代表大会|世界电信标准化全会|世界电信发展大会|无线电通信全会|国际电信世界大会|世界无线电通信大会)$/u;

/**
 * A cited number: up to four digits that are not part of something else — a decimal or paragraph
 * number (`2.5.1`), a UN symbol (`70/1`, `2012/24`, which no contract id can hold), a time, a screen or
 * print resolution (`1920x1080`, `300 dpi`, `1080p`), a measure, or a year (`2018 года`).
 */
const NUMBER = new RegExp(
  // A digit glued to a capitalised word after four digits is the next heading's number (`13061Introduction`).
  `\\s?(${DIGIT}{1,4})(?:(?<=${DIGIT}{4})(?=${DIGIT}\\p{Lu}\\p{Ll})|(?!${DIGIT}|[.,:/]${DIGIT}|\\s*[xX×*]\\s*${DIGIT}|[pikK](?!\\p{L})` +
    '|\\s*(?:px|pixels?|dpi|ppi|ppp|%|°|MHz|GHz|kHz|Hz|dB|Mbit|kbit|Gbit|nm|mm|cm|km)(?!\\p{L})' +
    '|\\s*(?:г\\.|года|году|год(?!\\p{L})|年|次|名|个|段|日|月)))',
  'uy',
);
/** Dates: `Decision 12 December`, `Решение 15 марта`; a number before a month is a day. */
const MONTH = new RegExp(
  '^\\s*(?:January|February|March|April|May(?=\\s+\\d)|June|July|August|September|October|November|December' +
    '|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre' +
    '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre' +
    '|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря' +
    '|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)(?!\\p{L})',
  'iu',
);
/** `Resolution ITU-R 15-6`: the version after the number is part of the citation. */
const RA_VERSION = new RegExp(`-${DIGIT}{1,2}(?!${DIGIT})`, 'uy');
/** A parenthesis; a stray second `(` inside is tolerated (`Rev. (Hammamet, 2016)` is in the Final Acts). */
const PAREN = /\s*[(（]([^()（）]{0,80}(?:[(（][^()（）]{1,80})?)[)）]/uy;
const CHINESE_KIND = /\s?号?\s?(决议|决定|建议)/uy;
const CHINESE_NUMBER_SIGN = /\s?号/uy;
/** Between two numbers of a list: `, `, ` and `, ` et `, ` y `, ` и `, ` و`, `、`, `和第`. */
const SEPARATOR = new RegExp(
  `(?:\\s*[,،]\\s*(?:(?:and|et|y|и|or|ou|o|или)\\s+|و\\s*)?|\\s+(?:and|et|y|и|or|ou|o|или)\\s*|\\s+و\\s*|\\s*(?:[、，和及与]|以及)\\s*第?)(?=${DIGIT})`,
  'uy',
);
/** `Security Council`, `Human Rights Council`: another body's council, not ITU's, which the span leaves out. */
const OTHER_COUNCIL = /(?:Security|Human\s+Rights|Economic\s+and\s+Social|Trusteeship)\s+$/u;
/**
 * What a number counts rather than cites: `Resolutions 101 and 102, 15 Member States said` ends the list
 * at 102. Only numbers after a separator are checked; a keyword's own first number is always cited.
 */
const COUNT_NOUN = new RegExp(
  '^\\s+(?:Member\\s+States?|members?|countries|delegations?|delegates?|participants?|administrations?|days?|weeks?|months?|years?|pages?|per\\s*cent|percent' +
    '|États\\s+Membres|membres|pays|délégations?|participants?|jours|semaines|mois|ans|années' +
    '|Estados\\s+Miembros|miembros|países|delegaciones|participantes|días|semanas|meses|años' +
    '|[Гг]осударств\\S*|стран\\S*|делегаци\\S*|участник\\S*|администраци\\S*|дн\\S*|недел\\S*|месяц\\S*|лет' +
    '|دول\\S*|وفود|وفدا?|مشارك\\S*|إدارات|أيام|أسابيع|أشهر|سنوات)(?!\\p{L})',
  'iu',
);
/** A word that makes "Resolution" a non-instrument noun: `Dispute Resolution 5`, `Screen Resolution 1080`. */
const NOT_AN_INSTRUMENT = /(?<!\p{L})(?:dispute|conflict|problem|screen|display|image|video|spatial|spectral|temporal|frequency|native|full|print|scan|camera|monitor|high|low|alta|baja|haute|basse|écran|pantalla)\s+$/iu;

function kindOf(keyword: string): InstrumentKind {
  const folded = fold(keyword);
  if (/decision|decisi|решени|مقرر|决定/u.test(folded)) return 'DEC';
  if (/recommendation|recommandation|recomendaci|рекомендаци|توصي|建议/u.test(folded)) return 'REC';
  return 'RES';
}

/** A list goes on past its first number only after a plural (or Arabic dual) keyword (`Resolutions 101, 102`). */
function isPlural(keyword: string): boolean {
  return /(?:s|ones|ات|ان|ين|ции|ций|циях|циям|циями|ния|ний|ниях|ниям|ниями)$/iu.test(keyword);
}

function languageOf(keyword: string): LanguageCode {
  if (/\p{Script=Cyrillic}/u.test(keyword)) return 'ru';
  if (/\p{Script=Arabic}/u.test(keyword)) return 'ar';
  if (/\p{Script=Han}/u.test(keyword)) return 'zh';
  if (/é|É|e\u0301|E\u0301|Recommandation|RECOMMANDATION/u.test(keyword)) return 'fr';
  if (/ó|Ó|o\u0301|O\u0301|ones$|ONES$/u.test(keyword)) return 'es';
  return 'en';
}

function readAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface ListItem {
  number: number;
  start: number;
  end: number;
  kind: InstrumentKind | null;
  parenthesis: ParenthesisReading | null;
  group: number;
}

/**
 * Reads `47 and 48 (Rev. Dubai, 2012) and 49, 50 (Rev. Hammamet, 2016)` from `from`: each number with
 * the parenthesis that closes its group. Chinese numbers get their kind from the `号决议` after them.
 */
function readList(text: string, from: number, options: { chinese: boolean; list: boolean; raVersion: boolean }) {
  const items: ListItem[] = [];
  let group: ListItem[] = [];
  let groupIndex = 0;
  let at = from;
  for (;;) {
    const number = readAt(NUMBER, text, at);
    if (!number || MONTH.test(text.slice(number.index + number[0].length, number.index + number[0].length + 14))) break;
    if (items.length && COUNT_NOUN.test(text.slice(number.index + number[0].length, number.index + number[0].length + 30))) break;
    const numberStart = number.index + number[0].length - number[1].length;
    const item: ListItem = { number: digitsValue(number[1]), start: numberStart, end: numberStart + number[1].length, kind: null, parenthesis: null, group: groupIndex };
    at = item.end;
    if (options.raVersion) {
      const version = readAt(RA_VERSION, text, at);
      if (version) at += version[0].length;
    }
    let ownKind = false;
    if (options.chinese) {
      const kind = readAt(CHINESE_KIND, text, at);
      ownKind = kind !== null;
      if (kind) {
        at += kind[0].length;
        for (const pending of [...group, item]) pending.kind = kindOf(kind[1]);
      } else {
        const sign = readAt(CHINESE_NUMBER_SIGN, text, at);
        if (sign) at += sign[0].length;
      }
    }
    item.end = at;
    group.push(item);
    items.push(item);
    const paren = readAt(PAREN, text, at);
    if (paren) {
      const reading = parseRevision(paren[1]);
      if (reading.belongs) {
        for (const pending of group) pending.parenthesis = reading;
        at += paren[0].length;
        item.end = at;
        group = [];
        groupIndex += 1;
      }
    }
    // `第102号决议和第140号决议` are two citations, each with its 第; `第101、102和133号决议` is one list.
    if (!options.list || ownKind) break;
    const separator = readAt(SEPARATOR, text, at);
    if (!separator) break;
    at += separator[0].length;
  }
  return { items, end: items.length ? items[items.length - 1].end : from };
}

type SharedFields = Pick<FoundCitation, 'kind' | 'before' | 'infix' | 'after' | 'lastGroup' | 'language'>;

function cite(text: string, item: ListItem, start: number, shared: SharedFields): FoundCitation {
  return {
    ...shared, text: text.slice(start, item.end), start, end: item.end, number: item.number,
    // A copy: parenthesis readings are shared between citations (see parseRevision's cache).
    revision: item.parenthesis?.revision ? { ...item.parenthesis.revision } : null, parenthesis: item.parenthesis,
  };
}

/** Every citation of an ITU instrument in `text`, with exact spans: the first of a list starts at its keyword. */
export function findRaw(text: string): FoundCitation[] {
  const found: FoundCitation[] = [];
  for (const match of text.matchAll(ALPHABETIC_KEYWORD)) {
    let matchStart = match.index;
    let prefix = match[1] ?? '';
    const keyword = match[2];
    const keywordStart = prefix ? matchStart + match[0].indexOf(keyword, prefix.length) : matchStart;
    if (!startsWord(text, matchStart)) {
      // `XPP Resolution 5`: the prefix was the end of another word, the keyword still cites.
      if (!prefix) continue;
      prefix = '';
      matchStart = keywordStart;
    }
    const before = text.slice(Math.max(0, keywordStart - 80), keywordStart);
    const spanStart = prefix === 'Council' && OTHER_COUNCIL.test(text.slice(Math.max(0, matchStart - 30), matchStart)) ? keywordStart : matchStart;
    if (!prefix && keyword.startsWith('R') && NOT_AN_INSTRUMENT.test(before.slice(-24))) continue;
    const infix = match[3] ?? '';
    const { items, end } = readList(text, match.index + match[0].length, { chinese: false, list: isPlural(keyword), raVersion: infix === 'ITU-R' });
    const after = text.slice(end, end + 140);
    const lastGroup = items.length ? items[items.length - 1].group : 0;
    const kind = kindOf(keyword);
    const language = languageOf(keyword);
    items.forEach((item, index) => {
      found.push(cite(text, item, index === 0 ? spanStart : item.start, { kind, before, infix, after, lastGroup: item.group === lastGroup, language }));
    });
  }
  // A Chinese list (第101、102和133号决议, 第102号和第140号决议) is read from its first 第; the later
  // numbers and their 第 are inside it, and are not read again.
  let readUpTo = 0;
  for (const match of text.matchAll(CHINESE_KEYWORD)) {
    const keywordStart = match.index;
    if (keywordStart < readUpTo) continue;
    const { items, end } = readList(text, keywordStart + 1, { chinese: true, list: true, raVersion: false });
    readUpTo = end;
    if (!items.some((item) => item.kind)) continue;
    const before = text.slice(Math.max(0, keywordStart - 80), keywordStart);
    const issuerPrefix = CHINESE_ISSUER_PREFIX.exec(before);
    const spanStart = issuerPrefix ? keywordStart - issuerPrefix[0].length : keywordStart;
    const after = text.slice(end, end + 140);
    const withKind = items.filter((item) => item.kind);
    const lastGroup = withKind[withKind.length - 1].group;
    items.forEach((item, index) => {
      if (!item.kind) return;
      found.push(cite(text, item, index === 0 ? spanStart : item.start, { kind: item.kind, before, infix: '', after, lastGroup: item.group === lastGroup, language: 'zh' }));
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

export type { Issuer };
