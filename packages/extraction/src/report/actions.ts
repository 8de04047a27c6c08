import { formatActionId } from '@mandate-graph/vocabulary';
import type { ActionFact, ConsultationFact, SourceSpan } from '../types';
import type { Analysis, ParagraphInfo } from './analysis';
import { assigneesOf } from './assignees';
import type { CitedResolution } from './citations';
import { ACTION_INTRO, CONSULTATION_WORD, RESPONSE_WORD } from './lexicon';
import { quotedSegments, sameTopic } from './quotes';
import { spanOf } from './span';

/**
 * Actions are the numbered sub-paragraphs of a paragraph that announces them ("该组在第十六次会议
 * 上批准的行动包括：", "The group agreed on the following actions:"): 2.5.1–2.5.3 under 2.5. They
 * belong to the meeting that announcing paragraph names, or — for "this meeting" — to the meeting
 * the report was speaking of just before. Paragraphs elsewhere that merely ask something ("请理事会
 * 将本报告记录在案") are the report's requests to its reader, not actions of a meeting.
 */
export function extractActions(analysis: Analysis, cited: CitedResolution[], consultations: ConsultationFact[]): ActionFact[] {
  const out: ActionFact[] = [];
  analysis.paragraphs.forEach((intro, i) => {
    const number = intro.paragraph.number;
    if (!number || !ACTION_INTRO.test(intro.paragraph.text) || !intro.meeting) return;
    const meetingId = intro.meeting;
    for (const item of analysis.paragraphs.slice(i + 1)) {
      const paragraphNumber = item.paragraph.number;
      if (paragraphNumber === null) continue; // unnumbered lines inside the list (rare): skip, keep looking
      if (!paragraphNumber.startsWith(`${number}.`)) break;
      out.push(toAction(analysis, item, meetingId, cited, consultations));
    }
  });
  return out;
}

function toAction(analysis: Analysis, info: ParagraphInfo, meetingId: string, cited: CitedResolution[], consultations: ConsultationFact[]): ActionFact {
  const { paragraph } = info;
  const lineEnd = analysis.text.indexOf('\n', paragraph.start);
  const firstLineEnd = lineEnd < 0 || lineEnd > paragraph.end ? paragraph.end : lineEnd;
  const references: string[] = [];
  for (const citation of cited) if (citation.start >= paragraph.start && citation.end <= paragraph.end && !references.includes(citation.id)) references.push(citation.id);
  return {
    id: formatActionId(meetingId, paragraph.number!),
    meetingId,
    paragraph: paragraph.number!,
    text: paragraph.text,
    assignees: assigneesOf(analysis.text, paragraph.start, firstLineEnd),
    references,
    consultation: consultationOf(analysis, info, meetingId, consultations),
    source: spanOf(analysis.text, paragraph, paragraph.start, paragraph.end),
  };
}

/**
 * The consultation an action is about: the one it launches (its evidence sits in the action's
 * paragraph), the one whose topic it quotes, or — when it speaks of consultation responses — the
 * one its meeting reviewed. A mention of "future consultations" links to none.
 */
function consultationOf(analysis: Analysis, info: ParagraphInfo, meetingId: string, consultations: ConsultationFact[]): string | null {
  const { start, end } = info.paragraph;
  const inside = (span: SourceSpan | undefined) => span !== undefined && span.start >= start && span.end <= end;
  const launched = consultations.find((consultation) => inside(consultation.evidence?.launchedAt) || inside(consultation.evidence?.questions));
  if (launched) return launched.id;
  const quoted = quotedSegments(analysis.text, start, end);
  const byTopic = consultations.find((consultation) => consultation.topic && quoted.some((quote) => sameTopic(quote.inner, consultation.topic)));
  if (byTopic) return byTopic.id;
  const text = info.paragraph.text;
  if (RESPONSE_WORD.test(text) && (CONSULTATION_WORD.test(text) || /磋商|咨询/.test(text))) {
    return consultations.find((consultation) => consultation.reviewedAt === meetingId)?.id ?? null;
  }
  return null;
}
