import { formatConsultationId } from '@mandate-graph/vocabulary';
import type { ConsultationFact, SourceSpan } from '../types';
import { readMarker } from '../text/markers';
import type { Analysis, ParagraphInfo, SentenceInfo } from './analysis';
import { isoDate, isoMonth, type DatePoint } from './dates';
import { CONSULTATION_WORD, LAUNCH_VERB, REVIEW_VERB } from './lexicon';
import { quotedSegments, sameTopic } from './quotes';
import { responsesIn } from './responses';
import { betterSpan, spanOf } from './span';

type Evidence = NonNullable<ConsultationFact['evidence']>;

const SAME_TOPIC = /上述主题|该主题|这一主题|同一主题|\b(?:the same|this|that|the above(?:-mentioned)?) (?:topic|theme|consultation)\b/i;

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
export function extractConsultations(a: Analysis, resolutions: (groupId: string) => string[]): ConsultationFact[] {
  const drafts: Draft[] = [];
  for (const p of a.paragraphs) {
    let current: Draft | null = null;
    for (const s of p.sentences) {
      const at = spanOf(a.text, p.paragraph, s.start, s.end);
      const draft = reportDraft(a, p, s, at) ?? launchDraft(a, p, s, at);
      if (draft) {
        drafts.push(draft);
        current = draft;
        continue;
      }
      // A later paragraph continues the last consultation when it says so ("on the same topic").
      if (!current && SAME_TOPIC.test(s.text)) current = drafts[drafts.length - 1] ?? null;
      if (!current) continue;
      const responses = responsesIn(s.text);
      if (responses && !current.responses) {
        current.responses = responses;
        current.evidence.responses = at;
      }
      const oc = s.meetings.find((m) => m.kind === 'OPEN_CONSULTATION_MEETING' && !m.launches);
      if (oc && !current.consultationMeeting) {
        current.consultationMeeting = a.meetingId(oc);
        current.evidence.consultationMeeting = at;
      }
    }
  }
  return merge(drafts).map((d, i) => toFact(d, i, resolutions(d.groupId)));
}

function blankDraft(a: Analysis, s: SentenceInfo, at: SourceSpan, reported: boolean): Draft | null {
  const groupId = s.meetings.find((m) => m.groupId)?.groupId ?? a.groups.mainGroup;
  if (!groupId) return null;
  return {
    groupId, topic: null, questions: [], opens: null, closes: null, launchedAt: null, reviewedAt: null,
    consultationMeeting: null, responses: null, source: at, reported, evidence: {},
  };
}

/** "…discussed the results of the consultation on “TOPIC” launched by the Nth meeting, held MONTH–MONTH". */
function reportDraft(a: Analysis, p: ParagraphInfo, s: SentenceInfo, at: SourceSpan): Draft | null {
  if (!CONSULTATION_WORD.test(s.text)) return null;
  const topic = quotedSegments(a.text, s.start, s.end).find((q) => q.inner.trim().length >= 4);
  const launcher = s.meetings.find((m) => m.kind === 'GROUP_MEETING' && m.launches);
  const period = s.dates[0];
  if (!topic || !(launcher || period)) return null;
  const reviewing = REVIEW_VERB.test(s.text) || /结果|\bresults?\b|\boutcomes?\b/i.test(s.text);
  if (!launcher && !reviewing) return null;
  const d = blankDraft(a, s, at, true);
  if (!d) return null;
  d.topic = topic.inner.trim();
  d.evidence.topic = at;
  if (period) {
    d.opens = period.from;
    d.closes = period.to;
    d.evidence.period = at;
  }
  if (launcher) {
    d.launchedAt = a.meetingId(launcher);
    d.evidence.launchedAt = at;
  }
  if (reviewing && p.meeting && p.meeting !== d.launchedAt) {
    d.reviewedAt = p.meeting;
    d.evidence.reviewedAt = at;
  }
  return d;
}

/** "The Secretariat will launch in October 2021 the next open consultation on the following topic:". */
function launchDraft(a: Analysis, p: ParagraphInfo, s: SentenceInfo, at: SourceSpan): Draft | null {
  if (!CONSULTATION_WORD.test(s.text) || !LAUNCH_VERB.test(s.text)) return null;
  if (s.meetings.some((m) => m.launches)) return null; // a report on a launch, not a decision to launch
  const topic = quotedSegments(a.text, s.start, s.end).find((q) => q.inner.trim().length >= 4);
  const announcesList = /[:：]\s*$/.test(s.text);
  const date = s.dates[0];
  if (!topic && !announcesList) return null;
  if (!date && !topic) return null;
  const d = blankDraft(a, s, at, false);
  if (!d) return null;
  if (date) {
    d.opens = date.from;
    d.closes = date.to;
    d.evidence.period = at;
  }
  const named = s.meetings.find((m) => m.kind === 'GROUP_MEETING');
  d.launchedAt = named ? a.meetingId(named) : p.meeting;
  if (d.launchedAt) d.evidence.launchedAt = at;
  if (topic) {
    d.topic = topic.inner.trim();
    d.evidence.topic = at;
  }
  if (announcesList) readList(a, p, s, d);
  return d;
}

/** The lines after "…on the following topic:" inside the same paragraph: a title, then bullets. */
function readList(a: Analysis, p: ParagraphInfo, s: SentenceInfo, d: Draft): void {
  const lines: { start: number; end: number; bullet: boolean; text: string }[] = [];
  let offset = s.end;
  for (const raw of a.text.slice(s.end, p.paragraph.end).split('\n')) {
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
  if (title && !d.topic) {
    d.topic = title.text.replace(/[:：]$/, '');
    d.evidence.topic = spanOf(a.text, p.paragraph, title.start, title.end);
  }
  const bullets = lines.filter((l) => l.bullet);
  if (bullets.length) {
    d.questions = bullets.map((b) => b.text);
    d.evidence.questions = spanOf(a.text, p.paragraph, bullets[0]!.start, bullets[bullets.length - 1]!.end);
  }
}

function merge(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.groupId === d.groupId && (
      (o.opens && d.opens && isoMonth(o.opens) === isoMonth(d.opens)) ||
      (o.topic && d.topic && sameTopic(o.topic, d.topic))
    ));
    if (!same) {
      out.push(d);
      continue;
    }
    // The report on the held consultation is the better source; fill the gaps from either.
    const [primary, secondary] = d.reported && !same.reported ? [d, same] : [same, d];
    const merged: Draft = { ...secondary, ...definedOnly(primary), evidence: { ...secondary.evidence, ...primary.evidence } };
    if (!merged.questions.length) merged.questions = secondary.questions.length ? secondary.questions : primary.questions;
    if (betterSpan(primary.source, secondary.source) && !primary.reported) merged.source = secondary.source;
    out[out.indexOf(same)] = merged;
  }
  return out;
}

/** Fields of a draft that carry a value (null, empty lists and undefined do not overwrite). */
function definedOnly(d: Draft): Partial<Draft> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  return out as Partial<Draft>;
}

function toFact(d: Draft, index: number, resolutions: string[]): ConsultationFact {
  // The contract id is the month the consultation opened; without one, the group's Nth undated consultation.
  const id = formatConsultationId(d.groupId, d.opens ? isoMonth(d.opens) : null, index + 1);
  return {
    id,
    groupId: d.groupId,
    topic: d.topic ?? '',
    questions: d.questions,
    opens: d.opens ? isoDate(d.opens) : null,
    closes: d.closes ? isoDate(d.closes) : null,
    launchedAt: d.launchedAt,
    reviewedAt: d.reviewedAt,
    consultationMeeting: d.consultationMeeting,
    responses: d.responses,
    resolutions,
    source: d.source,
    evidence: d.evidence,
  };
}
