import type { MeetingFact } from '../types';
import type { GroupMention } from './groups';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE, parseNumber } from './numerals';

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
}

const CONSULT = '(?:磋商|协商|咨询)';
const NOT_BOUNDARY = '[^，。；、,;“”"()（）]';

// After 第N次: an open-consultation meeting ("在线磋商", "虚拟会议 – 物理公开磋商") or a meeting.
const ZH_OC = new RegExp(`^(?:${NOT_BOUNDARY}{0,4}?${CONSULT}(?:和${NOT_BOUNDARY}{0,4}?会议\\s*[–—-]\\s*${NOT_BOUNDARY}{0,6}?${CONSULT})?|${NOT_BOUNDARY}{0,6}?会议\\s*[–—-]\\s*${NOT_BOUNDARY}{0,6}?${CONSULT})`);
const ZH_MEETING = /^(?:(?:虚拟|线上|在线|实体|混合|全体|正式)?会议)/;
const ZH_ORDINAL = new RegExp(`第\\s*(${NUMBER_SOURCE})\\s*(?:次|届)`, 'g');

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
  return [...chineseMentions(excerpt, ctx), ...englishMentions(excerpt, ctx)].sort((a, b) => a.start - b.start);
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
    const oc = ZH_OC.exec(rest);
    const meeting = oc ? null : ZH_MEETING.exec(rest);
    if (!oc && !meeting) continue;
    const tail = (oc ?? meeting)![0];
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
      format: formatIn(tail),
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
    let start = match.index;
    let end = match.index + match[0].length;
    let groupId: string | null = null;
    // "the 16th meeting of CWG-Internet" / "CWG-Internet's 16th meeting" / "CWG-Internet 16th meeting".
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end));
    const after = of ? groups.find((mention) => mention.start === offset + end + of[0].length) : undefined;
    const before = groupEndingAt(ctx, offset + match.index, /^(?:['’]s)?\s*(?:the\s+)?$/);
    if (after) {
      groupId = after.groupId;
      end = after.end - offset;
    } else if (before) {
      groupId = before.groupId;
      start = before.start - offset;
    }
    const preceding = text.slice(Math.max(0, start - 40), start);
    const following = text.slice(end, end + 30);
    const launches = /\b(?:launched|initiated|opened|started)\s+(?:at|by|during|in)\s+(?:the\s+)?$/i.test(preceding) || /^\s*(?:,\s*)?(?:which\s+)?(?:launched|initiated)\b/i.test(following);
    const format = formatIn(`${match[2] ?? ''}${match[3]}`);
    // Several ordinals of one noun are one meeting each; the last keeps the whole mention, the others their ordinal.
    ordinals.forEach(({ number, at }, index) => {
      const last = index === ordinals.length - 1;
      const ownStart = index === 0 ? start : match!.index + at;
      const ownEnd = last ? end : match!.index + at + match![1]!.slice(at).search(/\s|,|$/);
      out.push({ kind, number: number!, groupId, start: offset + ownStart, end: offset + ownEnd, launches, format });
    });
  }
  return out;
}

/** A group mention ending right before `at` (only white space, or the given gap, in between). */
function groupEndingAt(ctx: Ctx, at: number, gap: RegExp = /^[\s）)]*$/): GroupMention | undefined {
  return ctx.groups.find((mention) => mention.end <= at && at - mention.end <= 12 && gap.test(ctx.text.slice(mention.end, at)));
}

export function formatIn(text: string): MeetingFormat | null {
  if (/虚拟|线上|在线|virtual|online/i.test(text)) return 'VIRTUAL';
  if (/混合|hybrid/i.test(text)) return 'HYBRID';
  if (/实体会议|in-person/i.test(text)) return 'PHYSICAL';
  return null;
}
