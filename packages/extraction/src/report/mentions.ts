import type { MeetingFact } from '../types';
import type { GroupMention } from './groups';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE, parseNumber } from './numerals';
import { ORDINAL_SOURCE, ordinalValue, type OrdinalLanguage } from './ordinals';

export type MeetingKind = MeetingFact['kind'];
export type MeetingFormat = NonNullable<MeetingFact['format']>;

/** "第十六次会议", "the 10th physical open consultation meeting", with document offsets. */
export interface MeetingMention {
  kind: MeetingKind;
  number: number;
  /** Group named right before/after the mention, else null (the report's own group). */
  groupId: string | null;
  start: number;
  end: number;
  /** The mention is the subject of "launched": "第十五次会议发起的…", "launched by the 15th meeting". */
  launches: boolean;
  /** A format written inside the mention itself ("第九次虚拟会议"). */
  format: MeetingFormat | null;
  /**
   * Named only through a document symbol ("CWG-Internet 10/9" is document 9 of the 10th meeting): the meeting
   * exists, but the sentence speaks of the document, so its dates and counts are not the meeting's.
   */
  bySymbol: boolean;
}

const CONSULT = '(?:磋商|协商|咨询)';
const NOT_BOUNDARY = '[^，。；、,;“”"()（）]';

// After 第N次: an open-consultation meeting ("在线磋商", "虚拟会议 – 物理公开磋商") or a meeting.
const ZH_OC = new RegExp(`^(?:${NOT_BOUNDARY}{0,4}?${CONSULT}(?:和${NOT_BOUNDARY}{0,4}?会议\\s*[–—-]\\s*${NOT_BOUNDARY}{0,6}?${CONSULT})?|${NOT_BOUNDARY}{0,6}?会议\\s*[–—-]\\s*${NOT_BOUNDARY}{0,6}?${CONSULT})`);
const ZH_MEETING = /^(?:(?:虚拟|线上|在线|实体|混合|全体|正式)?会议)/;
const ZH_ORDINAL = new RegExp(`第\\s*(${NUMBER_SOURCE})\\s*(?:次|届)`, 'g');
const ZH_SHARED_NOUN = new RegExp(`^(?:\\s*(?:和|与|及|、|，)\\s*第\\s*(?:${NUMBER_SOURCE})\\s*(?:次|届))+`);

const EN_ORDINAL = `(?:\\d{1,3}(?:st|nd|rd|th)|${WORD_NUMBER_SOURCE})`;
/** One ordinal, or several of one noun: "the fifteenth and sixteenth meetings", "the 3rd, 4th and 5th meetings". */
const EN_ORDINALS = `(${EN_ORDINAL}(?:\\s*,\\s*${EN_ORDINAL})*(?:\\s*,?\\s+(?:and|&)\\s+${EN_ORDINAL})?)`;
const EN_ORDINAL_ONE = new RegExp(EN_ORDINAL, 'gi');
const EN_MEETING = new RegExp(
  `\\b${EN_ORDINALS}\\s+((?:(?:virtual|online|physical|in-person|hybrid|open|consultation|public)\\s+)*)(meetings?|open consultations?|consultations?)\\b(\\s*[–—-]\\s*(?:physical\\s+|virtual\\s+)?open consultation)?`,
  'gi',
);

/**
 * Meeting mentions inside text.slice(from, to) (a sentence); offsets returned are document offsets.
 * `groups` are the group mentions of the whole document.
 */
export function findMeetingMentions(text: string, from: number, to: number, groups: GroupMention[]): MeetingMention[] {
  const excerpt = text.slice(from, to);
  const ctx: Ctx = { text, groups, offset: from };
  return [...chineseMentions(excerpt, ctx), ...englishMentions(excerpt, ctx), ...otherLanguageMentions(excerpt, ctx), ...symbolMentions(excerpt, ctx)]
    .sort((a, b) => a.start - b.start);
}

interface Ctx { text: string; groups: GroupMention[]; offset: number }

function chineseMentions(text: string, ctx: Ctx): MeetingMention[] {
  const { offset } = ctx;
  const out: MeetingMention[] = [];
  ZH_ORDINAL.lastIndex = 0;
  for (let match = ZH_ORDINAL.exec(text); match; match = ZH_ORDINAL.exec(text)) {
    const number = parseNumber(match[1]!);
    if (number === null) continue;
    const after = match.index + match[0].length;
    const rest = text.slice(after);
    // "第十五次和第十六次会议": an ordinal that shares the noun of the ordinals after it names that noun too.
    const shared = ZH_SHARED_NOUN.exec(rest);
    const nounAt = shared ? rest.slice(shared[0].length) : rest;
    const oc = ZH_OC.exec(nounAt);
    const meeting = oc ? null : ZH_MEETING.exec(nounAt);
    if (!oc && !meeting) continue;
    const tail = shared ? '' : (oc ?? meeting)![0];
    let start = match.index;
    // "CWG-Internet第十六次会议", "小组第十六次会议": the group written just before.
    const before = groupEndingAt(ctx, offset + match.index);
    let groupId: string | null = null;
    if (before) {
      groupId = before.groupId;
      start = before.start - offset;
    } else {
      const word = /(?:小组|该组|工作组)\s*$/.exec(text.slice(0, match.index));
      if (word) start = word.index;
    }
    const end = after + tail.length;
    out.push({
      kind: oc ? 'OPEN_CONSULTATION_MEETING' : 'GROUP_MEETING',
      number,
      groupId,
      start: offset + start,
      end: offset + end,
      launches: /^\s*(?:上)?(?:所)?(?:发起|启动|开启|推出)/.test(text.slice(end)),
      format: formatIn(shared ? (oc ?? meeting)![0] : tail),
      bySymbol: false,
    });
  }
  return out;
}

function englishMentions(text: string, ctx: Ctx): MeetingMention[] {
  const { offset, groups } = ctx;
  const out: MeetingMention[] = [];
  EN_MEETING.lastIndex = 0;
  for (let match = EN_MEETING.exec(text); match; match = EN_MEETING.exec(text)) {
    const ordinals = [...match[1]!.matchAll(EN_ORDINAL_ONE)].map((ordinal) => ({ number: parseNumber(ordinal[0]), at: ordinal.index }));
    if (ordinals.some((ordinal) => ordinal.number === null)) continue;
    // "two open consultations", "three meetings" count; only ordinals ("the 15th and 16th meetings") name meetings.
    if (/s$/i.test(match[3]!) && (ordinals.length < 2 || !ordinals.every(({ at }) => /^\S*(?:st|nd|rd|th)\b/i.test(match![1]!.slice(at))))) continue;
    const words = `${match[2] ?? ''}${match[3]}${match[4] ?? ''}`.toLowerCase();
    const kind: MeetingKind = /consultation/.test(words) ? 'OPEN_CONSULTATION_MEETING' : 'GROUP_MEETING';
    const matchEnd = match.index + match[0].length;
    // "the 16th meeting of CWG-Internet" / "CWG-Internet's 16th meeting" / "CWG-Internet 16th meeting".
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(matchEnd));
    const after = of ? groups.find((mention) => mention.start === offset + matchEnd + of[0].length) : undefined;
    const before = groupEndingAt(ctx, offset + match.index, /^(?:['’]s)?\s*(?:the\s+)?$/);
    const { start, end, groupId } = withGroup(match.index, matchEnd, offset, after, before);
    const preceding = text.slice(Math.max(0, start - 40), start);
    const following = text.slice(end, end + 30);
    const launches = /\b(?:launched|initiated|opened|started)\s+(?:at|by|during|in)\s+(?:the\s+)?$/i.test(preceding) || /^\s*(?:,\s*)?(?:which\s+)?(?:launched|initiated)\b/i.test(following);
    const format = formatIn(`${match[2] ?? ''}${match[3]}`);
    const written = match[1]!;
    const spans = ordinals.map(({ number, at }) => ({ number: number!, start: match!.index + at, end: match!.index + at + written.slice(at).search(/\s|,|$/) }));
    out.push(...meetingsOfOrdinals(spans, { kind, groupId, launches, format, start, end, offset }));
  }
  return out;
}

/** `10/9`, `17/5(Rev.1)` right after a group's name: a document symbol, meeting number first. */
const SYMBOL_AFTER_GROUP = /^\s?(\d{1,2})\/(\d{1,3})(?!\d)/;

/** Meetings known from the symbols of their documents: "CWG-Internet 10/9", "WG-WSIS 12/3", "РГС-Интернет 16/2". */
function symbolMentions(text: string, ctx: Ctx): MeetingMention[] {
  const { offset, groups } = ctx;
  const out: MeetingMention[] = [];
  for (const group of groups) {
    if (group.start < offset || group.end > offset + text.length) continue;
    const symbol = SYMBOL_AFTER_GROUP.exec(ctx.text.slice(group.end, group.end + 12));
    if (!symbol) continue;
    out.push({
      kind: 'GROUP_MEETING', number: Number(symbol[1]), groupId: group.groupId, start: group.start, end: group.end + symbol[0].length,
      launches: false, format: null, bySymbol: true,
    });
  }
  return out;
}

/**
 * How French, Spanish, Russian and Arabic reports name meetings. Ordinals come before the noun except in
 * Arabic, several of them share one noun ("les quinzième et seizième réunions", "الاجتماعين الخامس عشر
 * والسادس عشر"), and the group follows, joined by a preposition or (Russian) in the genitive.
 */
interface MeetingGrammar {
  language: OrdinalLanguage;
  pattern: RegExp;
  /** Group index of the ordinal list, and of the noun phrase that tells a meeting from a consultation. */
  ordinals: number;
  noun: number;
  consultation: RegExp;
  plural: RegExp;
  /** Between the mention and the group it is of: `du`, `del`, `de la`, `ل`, or nothing. */
  groupGap: RegExp;
  /** The mention is what launched something: "lancée lors de la 15e réunion", "начатой на 15-м собрании". */
  launchedBefore: RegExp;
  launchedAfter: RegExp;
}

const list = (ordinal: string, and: string) => `(${ordinal}(?:\\s*,\\s*${ordinal})*(?:\\s*,?\\s*${and}\\s*${ordinal})?)`;

const GRAMMARS: MeetingGrammar[] = [
  {
    language: 'fr',
    pattern: new RegExp(`(?<!\\p{L})${list(ORDINAL_SOURCE.fr, '\\s(?:et)\\s')}\\s+((?:réunions?|consultations?\\s+ouvertes?)(?:\\s+(?:virtuelles?|physiques?|hybrides?|en\\s+ligne))?(?:\\s+de\\s+(?:la\\s+)?consultation\\s+ouverte)?)`, 'giu'),
    ordinals: 1, noun: 2, consultation: /consultation/i, plural: /^(?:réunions|consultations)/i,
    groupGap: /^\s*(?:du|de\s+la|de\s+l['’]|des|de)?\s*$/i,
    launchedBefore: /(?:lancée?s?|ouverte?s?)\s+(?:lors\s+de|par|à)\s+(?:la|sa)\s+$/i,
    launchedAfter: /^\s*(?:,\s*)?(?:qui\s+a\s+lancé|a\s+lancé)/i,
  },
  {
    language: 'es',
    pattern: new RegExp(`(?<!\\p{L})${list(ORDINAL_SOURCE.es, '\\s(?:y|e)\\s')}\\s+((?:reuni(?:ón|ones)|consultas?\\s+abiertas?)(?:\\s+(?:virtual(?:es)?|presencial(?:es)?|híbridas?|en\\s+línea))?(?:\\s+de\\s+(?:la\\s+)?consulta\\s+abierta)?)`, 'giu'),
    ordinals: 1, noun: 2, consultation: /consulta/i, plural: /^(?:reuniones|consultas)/i,
    groupGap: /^\s*(?:del|de\s+la|de)?\s*$/i,
    launchedBefore: /(?:iniciad[ao]s?|lanzad[ao]s?|abiert[ao]s?)\s+(?:en|por|durante)\s+(?:la|su)\s+$/i,
    launchedAfter: /^\s*(?:,\s*)?(?:que\s+)?(?:inició|lanzó|puso\s+en\s+marcha)/i,
  },
  {
    language: 'ru',
    pattern: new RegExp(`(?<!\\p{L})${list(ORDINAL_SOURCE.ru, '\\s(?:и)\\s')}\\s+((?:(?:виртуальн|очн|гибридн|открыт)\\p{L}*\\s+)*(?:собрани\\p{L}*|заседани\\p{L}*|консультаци\\p{L}*)(?:\\s+открыт\\p{L}*\\s+консультаци\\p{L}*|\\s+в\\s+формате\\s+открыт\\p{L}*\\s+консультаци\\p{L}*)?)`, 'giu'),
    ordinals: 1, noun: 2, consultation: /консультаци/i, plural: /(?:^|\s)(?:собрания[хм]?|собраниями|заседания[хм]?|консультация[хм]|консультаций)(?:\s|$)/i,
    groupGap: /^\s*$/,
    launchedBefore: /(?:начат\p{L}*|объявлен\p{L}*|запущен\p{L}*)\s+на\s+(?:сво\p{L}+\s+)?$/iu,
    launchedAfter: /^\s*(?:,\s*)?(?:котор\p{L}+\s+)?(?:начал\p{L}*|объявил\p{L}*)/iu,
  },
  {
    language: 'ar',
    pattern: new RegExp(`((?:ال)?اجتماع(?:ين|ان|ات|ي|ه|ها)?(?:\\s+(?:ال)?(?:افتراضي|حضوري|هجين))?|(?:ال)?مشاور(?:ة|تين|ات)\\s+(?:ال)?مفتوح(?:ة|تين)|اجتماع(?:ي)?\\s+(?:ال)?مشاورة\\s+(?:ال)?مفتوحة)\\s+${list(ORDINAL_SOURCE.ar, '(?:\\s+و|\\s*،\\s*)')}`, 'gu'),
    ordinals: 2, noun: 1, consultation: /مشاور/, plural: /^(?:ال)?(?:اجتماعين|اجتماعان|اجتماعات|مشاورتين|مشاورتان|مشاورات)/,
    groupGap: /^\s*(?:ل|لـ|الخاص\s+ب|التابع\s+ل)?\s*$/,
    launchedBefore: /(?:أطلق\p{L}*|أطلقها|بدأ\p{L}*)\s+(?:في|خلال)?\s*$/u,
    launchedAfter: /^\s*(?:،\s*)?(?:الذي\s+)?(?:أطلق|بدأ)/u,
  },
];

/** One ordinal of each language, compiled once (matchAll copies it, so its lastIndex is never shared). */
const ORDINAL = Object.fromEntries(GRAMMARS.map(({ language }) => [language, new RegExp(ORDINAL_SOURCE[language], 'giu')])) as Record<OrdinalLanguage, RegExp>;

function otherLanguageMentions(text: string, ctx: Ctx): MeetingMention[] {
  const { offset, groups } = ctx;
  const out: MeetingMention[] = [];
  for (const grammar of GRAMMARS) {
    const ordinal = ORDINAL[grammar.language];
    grammar.pattern.lastIndex = 0;
    for (let match = grammar.pattern.exec(text); match; match = grammar.pattern.exec(text)) {
      const written = match[grammar.ordinals]!;
      const ordinalsAt = match.index + match[0].indexOf(written);
      // "تلقى الاجتماع 7 مساهمات": digits after the noun that count something are no ordinal.
      if (grammar.language === 'ar' && /^\s*(?:مساهم|وثيق|مشارك|مندوب|ورق|بلد|دول|وفد)/u.test(text.slice(match.index + match[0].length))) continue;
      const ordinals = [...written.matchAll(ordinal)].map((found) => ({ number: ordinalValue(grammar.language, found[0]), at: found.index!, length: found[0].length }));
      if (!ordinals.length || ordinals.some((found) => found.number === null)) continue;
      const noun = match[grammar.noun]!;
      // "trois réunions", "две консультации" count; only ordinals name meetings, and a plural noun takes several.
      if (grammar.plural.test(noun) !== ordinals.length > 1) continue;
      const matchEnd = match.index + match[0].length;
      const after = groups.find((mention) => mention.start >= offset + matchEnd && mention.start - (offset + matchEnd) <= 14
        && grammar.groupGap.test(ctx.text.slice(offset + matchEnd, mention.start)));
      const { start, end, groupId } = withGroup(match.index, matchEnd, offset, after, groupEndingAt(ctx, offset + match.index));
      const launches = grammar.launchedBefore.test(text.slice(Math.max(0, start - 40), start)) || grammar.launchedAfter.test(text.slice(end, end + 30));
      const kind: MeetingKind = grammar.consultation.test(noun) ? 'OPEN_CONSULTATION_MEETING' : 'GROUP_MEETING';
      const format = formatIn(noun);
      const spans = ordinals.map(({ number, at, length }) => ({ number: number!, start: ordinalsAt + at, end: ordinalsAt + at + length }));
      out.push(...meetingsOfOrdinals(spans, { kind, groupId, launches, format, start, end, offset }));
    }
  }
  return out;
}

/** A mention widened to the group it is of: the one written after it, else the one just before (excerpt offsets). */
function withGroup(start: number, end: number, offset: number, after: GroupMention | undefined, before: GroupMention | undefined) {
  if (after) return { start, end: after.end - offset, groupId: after.groupId };
  if (before) return { start: before.start - offset, end, groupId: before.groupId };
  return { start, end, groupId: null };
}

/**
 * Several ordinals of one noun are one meeting each; the first starts where the whole mention does, the last
 * ends where it does, the others span their ordinal. Offsets in, excerpt offsets; out, document offsets.
 */
function meetingsOfOrdinals(
  ordinals: { number: number; start: number; end: number }[],
  mention: Pick<MeetingMention, 'kind' | 'groupId' | 'launches' | 'format' | 'start' | 'end'> & { offset: number },
): MeetingMention[] {
  const { offset, ...shared } = mention;
  return ordinals.map((ordinal, index) => ({
    ...shared,
    number: ordinal.number,
    start: offset + (index === 0 ? mention.start : ordinal.start),
    end: offset + (index === ordinals.length - 1 ? mention.end : ordinal.end),
    bySymbol: false,
  }));
}

/** A group mention ending right before `at` (only white space, or the given gap, in between). */
function groupEndingAt(ctx: Ctx, at: number, gap: RegExp = /^[\s）)]*$/): GroupMention | undefined {
  return ctx.groups.find((mention) => mention.end <= at && at - mention.end <= 12 && gap.test(ctx.text.slice(mention.end, at)));
}

export function formatIn(text: string): MeetingFormat | null {
  if (/虚拟|线上|在线|virtu|online|en ligne|en línea|виртуальн|افتراضي/i.test(text)) return 'VIRTUAL';
  if (/混合|hybrid|híbrid|гибридн|هجين/i.test(text)) return 'HYBRID';
  if (/实体会议|in-person|physique|presencial|очн|حضوري/i.test(text)) return 'PHYSICAL';
  return null;
}
