import type { Count, MeetingFact, SourceSpan } from '../types';
import type { Analysis, ParagraphInfo, SentenceInfo } from './analysis';
import { isoDay } from './dates';
import { FORMAT_WORDS } from './lexicon';
import type { MeetingFormat, MeetingMention } from './mentions';
import { toAsciiDigits } from '../text/digits';
import { NUMBER_SOURCE, WORD_NUMBER_SOURCE, parseNumber } from './numerals';
import { betterSpan, spanOf } from './span';

type Evidence = NonNullable<MeetingFact['evidence']>;
/** A meeting a sentence names, with the fact it describes. */
type MeetingReading = { mention: MeetingMention; fact: MeetingFact };

/**
 * Meetings named in the report, with what the sentences naming them say: dates, format,
 * contributions received, registered and active participants.
 *
 * Values are attached by sentence, because that is how reports bind them: "the 16th and 17th
 * meetings were held on 23 September 2021 and 19–20 January 2022" pairs meetings and dates in order
 * (only when both lists have the same length); a meeting that "launched" something is not the
 * subject of the sentence's dates or counts.
 */
export function extractMeetings(analysis: Analysis): MeetingFact[] {
  const facts = new Map<string, MeetingFact>();
  const ensure = (mention: MeetingMention, at: SourceSpan): MeetingFact | null => {
    const id = analysis.meetingId(mention);
    if (!id) return null;
    let fact = facts.get(id);
    if (!fact) {
      fact = {
        id, groupId: mention.groupId ?? analysis.groups.mainGroup!, number: mention.number, kind: mention.kind,
        startDate: null, endDate: null, format: null, contributionsReceived: null, registered: null, participants: null,
        source: at, evidence: {},
      };
      facts.set(id, fact);
    } else if (betterSpan(fact.source, at) && !fact.evidence?.date) {
      fact.source = at;
    }
    return fact;
  };
  const setEvidence = (fact: MeetingFact, key: keyof Evidence, at: SourceSpan): boolean => {
    const evidence = (fact.evidence ??= {});
    if (!betterSpan(evidence[key], at)) return false;
    evidence[key] = at;
    return true;
  };

  // A heading that is a meeting ("17th meeting", "第十七次会议", "La 17e réunion") is what the paragraphs under it speak of.
  let headingMeeting: MeetingFact | null = null;
  for (const paragraphInfo of analysis.paragraphs) {
    let previousSole: MeetingFact | null = headingMeeting;
    for (const sentence of paragraphInfo.sentences) {
      const at = spanOf(analysis.text, paragraphInfo.paragraph, sentence.start, sentence.end);
      const named = sentence.meetings.map((mention) => ({ mention, fact: ensure(mention, at) })).filter((reading): reading is MeetingReading => reading.fact !== null);
      const active = named.filter((reading) => !reading.mention.launches && !reading.mention.bySymbol);
      // A sentence that names a meeting only by a document's symbol speaks of no meeting.
      const spoken = sentence.meetings.filter((mention) => !mention.bySymbol);

      // Dates, paired in order.
      const days = sentence.dates.filter((date) => date.from.day !== null);
      if (active.length > 0 && days.length === active.length) {
        active.forEach(({ fact }, i) => {
          const date = days[i]!;
          if (setEvidence(fact, 'date', at)) {
            fact.startDate = isoDay(date.from);
            fact.endDate = isoDay(date.to ?? date.from);
            fact.source = at;
          }
        });
      }

      // "The group met on 3 May 2021." under the meeting's heading: the sentence's one date is the meeting's.
      if (!spoken.length && previousSole && previousSole === headingMeeting && days.length === 1 && HELD.test(sentence.text)
        && !previousSole.evidence?.date && setEvidence(previousSole, 'date', at)) {
        previousSole.startDate = isoDay(days[0]!.from);
        previousSole.endDate = isoDay(days[0]!.to ?? days[0]!.from);
      }

      // Format: written in the mention, or in the rest of the sentence for its group meetings.
      for (const { mention, fact } of active) if (mention.format && setEvidence(fact, 'format', at)) fact.format = mention.format;
      // A meeting takes the format written for it: with one format word in the sentence ("分别于…以
      // 虚拟方式举行"), every meeting named; with several ("the 18th … virtually, the 19th … in
      // person"), the first written after the meeting and before the next one.
      const formats = formatsOutside(sentence);
      if (formats.length) {
        const groupMeetings = active.filter((reading) => reading.mention.kind === 'GROUP_MEETING');
        const targets = groupMeetings.length ? groupMeetings : active;
        const oneFormat = new Set(formats.map((cue) => cue.format)).size === 1;
        targets.forEach(({ mention, fact }, i) => {
          const next = targets[i + 1]?.mention.start ?? Infinity;
          const format = oneFormat
            ? formats[0]!.format
            : (formats.find((cue) => cue.at >= mention.end && cue.at < next) ?? [...formats].reverse().find((cue) => cue.at < mention.start))?.format;
          if (format && !fact.format && setEvidence(fact, 'format', at)) fact.format = format;
        });
      }

      const target = subjectOf(active, paragraphInfo, sentence, facts);
      const contributions = contributionsIn(sentence.text);
      if (contributions !== null && target && setEvidence(target, 'contributionsReceived', at)) target.contributionsReceived = contributions;

      // A sentence that names no meeting ("Approximately 100 participants attended.") goes on about the one before it.
      const only = active.length === 1 ? active[0]!.fact : spoken.length === 0 ? previousSole : null;
      previousSole = active.length === 1 ? active[0]!.fact : spoken.length === 0 ? previousSole : null;
      if (only) {
        const counts = participantsIn(sentence.text);
        if (counts.registered && setEvidence(only, 'registered', at)) only.registered = counts.registered;
        if (counts.participants && setEvidence(only, 'participants', at)) only.participants = counts.participants;
      }
    }
    const heading = headingOf(paragraphInfo);
    if (heading) headingMeeting = facts.get(analysis.meetingId(heading) ?? '') ?? null;
    else if (paragraphInfo.sentences.some((sentence) => sentence.meetings.some((mention) => !mention.bySymbol))) headingMeeting = null;
  }
  return [...facts.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.groupId.localeCompare(b.groupId) || a.number - b.number);
}

/** Verbs saying that a meeting took place, in the six languages. */
const HELD = /\b(?:held|took place|met|convened)\b|\b(?:tenue|réunie?|a eu lieu|celebr[óo]|celebrada|tuvo lugar|reunió)\b|состоял\p{L}*|провед\p{L}*|прош[её]л\p{L}*|عقد|عُقد|انعقد|اجتمع|举行|召开/iu;

/** The meeting a heading paragraph names: short, no sentence, and mostly the mention itself. */
function headingOf(info: ParagraphInfo): MeetingMention | null {
  const { paragraph, sentences } = info;
  if (paragraph.role === 'FOOTNOTE' || paragraph.text.length > 80 || sentences.length !== 1) return null;
  const [mention, ...others] = sentences[0]!.meetings.filter((named) => !named.bySymbol);
  if (!mention || others.length || mention.launches || /[.。;；]$/.test(paragraph.text.trim())) return null;
  return (mention.end - mention.start) * 2 >= paragraph.text.trim().length ? mention : null;
}

/** The one meeting a sentence is about: the only group meeting it names, or "the meeting" of its paragraph. */
function subjectOf(active: MeetingReading[], info: ParagraphInfo, sentence: SentenceInfo, facts: Map<string, MeetingFact>): MeetingFact | null {
  const groupMeetings = active.filter((reading) => reading.mention.kind === 'GROUP_MEETING');
  if (groupMeetings.length === 1) return groupMeetings[0]!.fact;
  if (sentence.meetings.some((mention) => !mention.bySymbol) || !info.meeting) return null;
  // "会议收到3份文稿" / "The meeting received 3 contributions": the paragraph's meeting.
  if (!/^(?:会议|该次会议|本次会议)/.test(sentence.text) && !/^(?:(?:the|this) meeting\b|(?:la|cette) réunion\b|(?:la|esta) reunión\b|(?:на\s+)?(?:собрани|этом собрании)|(?:ال)?اجتماع|و?(?:تلقى|استلم|نظر)\s+(?:ال)?اجتماع)/iu.test(sentence.text)) return null;
  return facts.get(info.meeting) ?? null;
}

/** Format words of a sentence outside its meeting mentions, with document offsets. */
function formatsOutside(sentence: SentenceInfo): { format: MeetingFormat; at: number }[] {
  const inside = (at: number) => sentence.meetings.some((mention) => at >= mention.start && at < mention.end);
  const out: { format: MeetingFormat; at: number }[] = [];
  const hybrid: [number, number][] = [];
  for (const format of ['HYBRID', 'VIRTUAL', 'PHYSICAL'] as const) {
    // "第九次虚拟会议 – 物理公开磋商" names a meeting type inside the mention: not a format here.
    const re = new RegExp(FORMAT_WORDS[format].source, 'giu');
    for (let match = re.exec(sentence.text); match; match = re.exec(sentence.text)) {
      const at = sentence.start + match.index;
      // "remotely" in "physically and remotely" is half of a hybrid meeting, not a virtual one.
      if (inside(at) || hybrid.some(([from, to]) => at >= from && at < to)) continue;
      if (format === 'HYBRID') hybrid.push([at, at + match[0].length]);
      out.push({ format, at });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

const NUMBER = `(${NUMBER_SOURCE}|${WORD_NUMBER_SOURCE}|\\d[\\d,]*)`;
const ZH_CONTRIBUTIONS = new RegExp(`收到(?:了)?\\s*${NUMBER}\\s*份\\s*(?:文稿|文件|输入文件|提案|书面文稿)`);
const EN_CONTRIBUTIONS = [
  new RegExp(`\\b(?:received|considered|examined|had before it)\\s+${NUMBER}\\s+(?:input\\s+)?(?:contributions|documents|input documents)\\b`, 'i'),
  new RegExp(`\\b${NUMBER}\\s+(?:input\\s+)?(?:contributions|documents)\\s+(?:were|had been)\\s+(?:received|submitted|considered)\\b`, 'i'),
];
/** "a reçu 12 contributions", "se recibieron 12 contribuciones", "было получено 12 вкладов", "تلقى 12 مساهمة". */
const OTHER_CONTRIBUTIONS = [
  /(?:reçu|examiné|été saisie? de)\s+(\d+)\s+contributions/iu,
  /(\d+)\s+contributions\s+(?:ont\s+été|avaient\s+été)\s+(?:reçues|soumises|examinées)/iu,
  /(?:recibi[óo]|recibieron|examin[óo]|examinaron)\s+(\d+)\s+contribuciones/iu,
  /(\d+)\s+contribuciones/iu,
  /(?:получен\p{L}*|рассмотрел\p{L}*|поступил\p{L}*)\s+(\d+)\s+(?:вклад\p{L}*|документ\p{L}*)/iu,
  /(?:تلق[ىت]|استلم|نظر\p{L}*\s+في)(?:\s+(?:ال)?اجتماع)?\s+([0-9٠-٩]+)\s+(?:مساهم\p{L}*|وثيق\p{L}*)/u,
];

export function contributionsIn(text: string): number | null {
  for (const re of [ZH_CONTRIBUTIONS, ...EN_CONTRIBUTIONS, ...OTHER_CONTRIBUTIONS]) {
    const match = re.exec(text);
    if (match) return parseNumber(toAsciiDigits(match[1]!));
  }
  return null;
}

// Chinese: "111名注册与会者", "150多名注册与会者", "60多名积极的与会者", "超过100名与会者", "逾80人注册".
const ZH_PEOPLE = new RegExp(
  `(超过|逾|多于|至少)?\\s*(${NUMBER_SOURCE})\\s*(多|余)?\\s*(?:名|位|人)\\s*(?:的)?\\s*(注册|登记|报名)?\\s*(?:的)?\\s*(积极|活跃|实际)?\\s*(?:的)?\\s*(与会者|参会者|参与者|代表|人士)?`,
  'g',
);
// English: "more than 150 registered participants", "111 registered and 60 active participants", "75+ participants".
const EN_PEOPLE = /\b(more than|over|at least|in excess of|nearly|almost|about|some|approximately|around|roughly)?\s*(\d[\d,]*)(\+)?\s+(registered\s+)?(active\s+|actual\s+)?(participants|attendees|delegates|people|registrations)\b(\s+(?:had\s+)?registered)?/gi;
/**
 * French, Spanish, Russian and Arabic: "plus de 150 participants inscrits", "unos 100 participantes",
 * "более 150 зарегистрированных участников", "أكثر من 150 مشاركاً مسجلاً". Groups: qualifier, number,
 * "registered" before, people, "registered" after.
 */
const OTHER_PEOPLE = new RegExp([
  '(plus\\s+de|au\\s+moins|environ|près\\s+de|quelque|más\\s+de|al\\s+menos|unos|unas|cerca\\s+de|aproximadamente|alrededor\\s+de|более|свыше|не\\s+менее|около|почти|примерно|أكثر\\s+من|ما\\s+يزيد\\s+على|حوالي|نحو|قرابة|ما\\s+لا\\s+يقل\\s+عن)?\\s*',
  '([0-9٠-٩][0-9٠-٩ \\u00A0.,]*?)\\s+',
  '(зарегистрированн\\p{L}*\\s+)?',
  '(participants?|participantes?|délégués|delegados|участник\\p{L}*|делегат\\p{L}*|مشارك[\\p{L}\\p{M}]*|مندوب[\\p{L}\\p{M}]*)(?![\\p{L}\\p{M}])',
  '(\\s+(?:inscrits?|inscritos?|registrados?|enregistrés|مسجل[\\p{L}\\p{M}]*))?',
].join(''), 'giu');
const AT_LEAST = /^(?:plus|au|más|al|более|свыше|не|أكثر|ما)/iu;

export function participantsIn(text: string): { registered: Count | null; participants: Count | null } {
  const out: { registered: Count | null; participants: Count | null } = { registered: null, participants: null };
  ZH_PEOPLE.lastIndex = 0;
  for (let match = ZH_PEOPLE.exec(text); match; match = ZH_PEOPLE.exec(text)) {
    if (!match[4] && !match[6] && !/^\s*(?:注册|报名|登记|参加|出席|与会)/.test(text.slice(match.index + match[0].length))) continue;
    const value = parseNumber(match[2]!);
    if (value === null) continue;
    // 超过/逾/至少 N, or N多/N余: "more than N".
    const count: Count = { value, atLeast: Boolean(match[1] || match[3]) };
    const registered = Boolean(match[4]) || /^\s*(?:注册|报名|登记)/.test(text.slice(match.index + match[0].length));
    if (registered) out.registered ??= count;
    else out.participants ??= count;
  }
  OTHER_PEOPLE.lastIndex = 0;
  // Read before the English pattern, which would take the "150 participants" of "plus de 150 participants inscrits" alone.
  const read: [number, number][] = [];
  for (let match = OTHER_PEOPLE.exec(text); match; match = OTHER_PEOPLE.exec(text)) {
    read.push([match.index, match.index + match[0].length]);
    const value = Number(toAsciiDigits(match[2]!).replace(/[\s.,]/g, ''));
    if (!Number.isFinite(value) || value === 0) continue;
    const atLeast = AT_LEAST.test(match[1] ?? '');
    const registered = Boolean(match[3]) || Boolean(match[5]);
    if (registered) out.registered ??= { value, atLeast };
    else out.participants ??= { value, atLeast };
  }
  EN_PEOPLE.lastIndex = 0;
  for (let match = EN_PEOPLE.exec(text); match; match = EN_PEOPLE.exec(text)) {
    const at = match.index + match[0].search(/\d/);
    if (read.some(([from, to]) => at >= from && at < to)) continue;
    const value = Number(match[2]!.replace(/,/g, ''));
    const qualifier = (match[1] ?? '').toLowerCase();
    const atLeast = Boolean(match[3]) || ['more than', 'over', 'at least', 'in excess of'].includes(qualifier);
    const registered = Boolean(match[4]) || Boolean(match[7]) || /registrations/i.test(match[6]!);
    if (registered) out.registered ??= { value, atLeast };
    else out.participants ??= { value, atLeast };
  }
  return out;
}
