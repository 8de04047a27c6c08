import { formatConsultationId } from '@mandate-graph/vocabulary';
import type { ConsultationFact, SourceSpan } from '../types';
import { readMarker } from '../text/markers';
import type { Analysis, ParagraphInfo, SentenceInfo } from './analysis';
import { isoDate, isoMonth, type DatePoint } from './dates';
import { CONSULTATION_WORD, DEADLINE_WORD, LAUNCH_VERB, RESPONSE_WORD, RESULTS_WORD, REVIEW_VERB } from './lexicon';
import { quotedSegments, sameTopic } from './quotes';
import { responsesIn } from './responses';
import { betterSpan, spanOf } from './span';

type Evidence = NonNullable<ConsultationFact['evidence']>;

const SAME_TOPIC = /上述主题|该主题|这一主题|同一主题|\b(?:the same|this|that|the above(?:-mentioned)?) (?:topic|theme|consultation)\b/i;

/** A topic set apart in a paragraph of its own is a title, not a text. */
const TOPIC_LIMIT = 300;

/** What one passage says about a consultation; passages are merged into facts afterwards. */
interface Draft {
  groupId: string;
  topic: string | null;
  questions: string[];
  opens: DatePoint | null;
  closes: DatePoint | null;
  launchedAt: string | null;
  reviewedAt: string | null;
  consultationMeeting: string | null;
  responses: ConsultationFact['responses'];
  source: SourceSpan;
  /** A report on a held consultation (topic + period/launching meeting) is the better source. */
  reported: boolean;
  evidence: Evidence;
}

/**
 * Open consultations, from two kinds of passages:
 * - reports on a consultation held: "the meeting discussed the results of the open consultation on
 *   “TOPIC”, launched by the 15th meeting and held February–September 2021", followed in the same
 *   paragraph by the responses received and the open-consultation meeting on "the above topic";
 * - decisions to launch one: "the Secretariat will launch in October 2021 the next open consultation
 *   on the following topic:" followed by the topic line and the questions as bullets.
 * Passages about the same consultation (same opening month, same topic) are merged.
 */
export function extractConsultations(analysis: Analysis, resolutions: (groupId: string) => string[]): ConsultationFact[] {
  const drafts: Draft[] = [];
  analysis.paragraphs.forEach((paragraphInfo, index) => {
    let current: Draft | null = null;
    for (const sentence of paragraphInfo.sentences) {
      const at = spanOf(analysis.text, paragraphInfo.paragraph, sentence.start, sentence.end);
      const draft = reportDraft(analysis, paragraphInfo, sentence, at) ?? launchDraft(analysis, paragraphInfo, sentence, at, analysis.paragraphs[index + 1]);
      if (draft) {
        drafts.push(draft);
        current = draft;
        continue;
      }
      // A later paragraph continues the last consultation when it says so ("on the same topic"), or gives the
      // deadline for its responses (a consultation page: "The deadline for responses is 3 September 2021.").
      const last = drafts[drafts.length - 1];
      if (!current && SAME_TOPIC.test(sentence.text)) current = last ?? null;
      if (!current && last && !last.closes && DEADLINE_WORD.test(sentence.text) && (RESPONSE_WORD.test(sentence.text) || CONSULTATION_WORD.test(sentence.text))) current = last;
      if (!current) continue;
      // "The deadline for responses is 3 September 2021."
      const deadline = DEADLINE_WORD.test(sentence.text) ? sentence.dates.find((date) => date.from.day !== null) : undefined;
      if (deadline && !current.closes) {
        current.closes = deadline.to ?? deadline.from;
        current.evidence.closes = at;
      }
      const responses = responsesIn(sentence.text);
      if (responses && !current.responses) {
        current.responses = responses;
        current.evidence.responses = at;
      }
      const oc = sentence.meetings.find((mention) => mention.kind === 'OPEN_CONSULTATION_MEETING' && !mention.launches && !mention.bySymbol);
      if (oc && !current.consultationMeeting) {
        current.consultationMeeting = analysis.meetingId(oc);
        current.evidence.consultationMeeting = at;
      }
    }
  });
  return merge(drafts).map((draft, i) => toFact(draft, i, resolutions(draft.groupId)));
}

function blankDraft(analysis: Analysis, sentence: SentenceInfo, at: SourceSpan, reported: boolean): Draft | null {
  const groupId = sentence.meetings.find((mention) => mention.groupId)?.groupId ?? analysis.groups.mainGroup;
  if (!groupId) return null;
  return {
    groupId, topic: null, questions: [], opens: null, closes: null, launchedAt: null, reviewedAt: null,
    consultationMeeting: null, responses: null, source: at, reported, evidence: {},
  };
}

/** "…discussed the results of the consultation on “TOPIC” launched by the Nth meeting, held MONTH–MONTH". */
function reportDraft(analysis: Analysis, info: ParagraphInfo, sentence: SentenceInfo, at: SourceSpan): Draft | null {
  if (!CONSULTATION_WORD.test(sentence.text)) return null;
  const topic = quotedSegments(analysis.text, sentence.start, sentence.end).find((quote) => quote.inner.trim().length >= 4);
  const launcher = sentence.meetings.find((mention) => mention.kind === 'GROUP_MEETING' && mention.launches);
  const period = sentence.dates[0];
  if (!topic) return null;
  const reviewing = REVIEW_VERB.test(sentence.text) || RESULTS_WORD.test(sentence.text);
  // Its results discussed at a later meeting, the consultation is known by its topic (and merged by it).
  if (!launcher && !reviewing) return null;
  const draft = blankDraft(analysis, sentence, at, true);
  if (!draft) return null;
  draft.topic = topic.inner.trim();
  draft.evidence.topic = at;
  if (period) {
    draft.opens = period.from;
    draft.closes = period.to;
    draft.evidence.period = at;
  }
  if (launcher) {
    draft.launchedAt = analysis.meetingId(launcher);
    draft.evidence.launchedAt = at;
  }
  if (reviewing && info.meeting && info.meeting !== draft.launchedAt) {
    draft.reviewedAt = info.meeting;
    draft.evidence.reviewedAt = at;
  }
  return draft;
}

/** "The Secretariat will launch in October 2021 the next open consultation on the following topic:". */
function launchDraft(analysis: Analysis, info: ParagraphInfo, sentence: SentenceInfo, at: SourceSpan, next: ParagraphInfo | undefined): Draft | null {
  if (!CONSULTATION_WORD.test(sentence.text) || !LAUNCH_VERB.test(sentence.text)) return null;
  if (sentence.meetings.some((mention) => mention.launches)) return null; // a report on a launch, not a decision to launch
  const topic = quotedSegments(analysis.text, sentence.start, sentence.end).find((quote) => quote.inner.trim().length >= 4);
  const announcesList = /[:：]\s*$/.test(sentence.text);
  const date = sentence.dates[0];
  if (!topic && !announcesList) return null;
  const draft = blankDraft(analysis, sentence, at, false);
  if (!draft) return null;
  if (date) {
    draft.opens = date.from;
    draft.closes = date.to;
    draft.evidence.period = at;
  }
  const named = sentence.meetings.find((mention) => mention.kind === 'GROUP_MEETING');
  draft.launchedAt = named ? analysis.meetingId(named) : info.meeting;
  if (draft.launchedAt) draft.evidence.launchedAt = at;
  if (topic) {
    draft.topic = topic.inner.trim();
    draft.evidence.topic = at;
  }
  if (announcesList) readList(analysis, info, sentence, draft, next);
  // Neither a topic nor a date: a sentence about consultations in general.
  return draft.topic || date ? draft : null;
}

/**
 * The lines after "…on the following topic:": a title, then bullets, inside the same paragraph or, when the
 * sentence ends it (a consultation page sets the topic apart), in the short unnumbered paragraph that follows.
 */
function readList(analysis: Analysis, info: ParagraphInfo, sentence: SentenceInfo, draft: Draft, next: ParagraphInfo | undefined): void {
  const lines: { start: number; end: number; bullet: boolean; text: string }[] = [];
  const own = analysis.text.slice(sentence.end, info.paragraph.end).trim() !== '';
  const apart = !own && next && next.paragraph.number === null && next.paragraph.text.length <= TOPIC_LIMIT ? next : null;
  if (apart) info = apart;
  const from = apart ? apart.paragraph.start : sentence.end;
  let offset = from;
  for (const raw of analysis.text.slice(from, info.paragraph.end).split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const marker = readMarker(trimmed);
      const bullet = marker?.kind === 'bullet';
      const skip = bullet ? marker.length : 0;
      const start = offset + lead + skip;
      lines.push({ start, end: offset + lead + trimmed.length, bullet, text: trimmed.slice(skip).trim() });
    }
    offset += raw.length + 1;
  }
  const title = lines[0] && !lines[0].bullet ? lines[0] : null;
  if (title && !draft.topic) {
    draft.topic = title.text.replace(/[:：]$/, '').replace(/^[“"«「]\s*|\s*[”"»」]$/g, '');
    draft.evidence.topic = spanOf(analysis.text, info.paragraph, title.start, title.end);
  }
  const bullets = lines.filter((line) => line.bullet);
  if (bullets.length) {
    draft.questions = bullets.map((b) => b.text);
    draft.evidence.questions = spanOf(analysis.text, info.paragraph, bullets[0]!.start, bullets[bullets.length - 1]!.end);
  }
}

function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    const same = out.find((earlier) => earlier.groupId === draft.groupId && (
      (earlier.opens && draft.opens && isoMonth(earlier.opens) === isoMonth(draft.opens)) ||
      (earlier.topic && draft.topic && sameTopic(earlier.topic, draft.topic))
    ));
    if (!same) {
      out.push(draft);
      continue;
    }
    // The report on the held consultation is the better source; fill the gaps from either.
    const [primary, secondary] = draft.reported && !same.reported ? [draft, same] : [same, draft];
    const merged: Draft = { ...secondary, ...definedOnly(primary), evidence: { ...secondary.evidence, ...primary.evidence } };
    if (!merged.questions.length) merged.questions = secondary.questions.length ? secondary.questions : primary.questions;
    if (betterSpan(primary.source, secondary.source) && !primary.reported) merged.source = secondary.source;
    out[out.indexOf(same)] = merged;
  }
  return out;
}

/** Fields of a draft that carry a value (null, empty lists and undefined do not overwrite). */
function definedOnly(draft: Draft): Partial<Draft> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(draft)) if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out as Partial<Draft>;
}

function toFact(draft: Draft, index: number, resolutions: string[]): ConsultationFact {
  // The contract id is the month the consultation opened; without one, the group's Nth undated consultation.
  const id = formatConsultationId(draft.groupId, draft.opens ? isoMonth(draft.opens) : null, index + 1);
  return {
    id,
    groupId: draft.groupId,
    topic: draft.topic ?? '',
    questions: draft.questions,
    opens: draft.opens ? isoDate(draft.opens) : null,
    closes: draft.closes ? isoDate(draft.closes) : null,
    launchedAt: draft.launchedAt,
    reviewedAt: draft.reviewedAt,
    consultationMeeting: draft.consultationMeeting,
    responses: draft.responses,
    resolutions,
    source: draft.source,
    evidence: draft.evidence,
  };
}
