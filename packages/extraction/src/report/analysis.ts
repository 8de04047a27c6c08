import type { Paragraph } from '../types';
import { findDates, type DateMention } from './dates';
import { extractGroups, type GroupResult } from './groups';
import { findMeetingMentions, type MeetingMention } from './mentions';
import { sentencesOf, type Sentence } from './sentences';

/** A sentence with what the shared readers found in it (document offsets throughout). */
export interface SentenceInfo extends Sentence {
  meetings: MeetingMention[];
  dates: DateMention[];
}

export interface ParagraphInfo {
  paragraph: Paragraph;
  sentences: SentenceInfo[];
  /**
   * The group meeting this paragraph speaks of: the first group meeting it names (other than one
   * that "launched" something), else the one the report was speaking of before — which is how
   * "该组在本次会议上批准的行动" / "actions agreed at this meeting" find their meeting.
   */
  meeting: string | null;
}

/** One pass over the report shared by all extractors. */
export interface Analysis {
  text: string;
  groups: GroupResult;
  paragraphs: ParagraphInfo[];
  meetingId(m: Pick<MeetingMention, 'kind' | 'number' | 'groupId'>): string | null;
}

export function analyze(text: string, paragraphs: Paragraph[]): Analysis {
  const groups = extractGroups(text, paragraphs);
  const meetingId = (m: Pick<MeetingMention, 'kind' | 'number' | 'groupId'>): string | null => {
    const group = m.groupId ?? groups.mainGroup;
    if (!group) return null;
    return m.kind === 'GROUP_MEETING' ? `${group}-${m.number}` : `${group}-OC-${m.number}`;
  };

  const infos: ParagraphInfo[] = [];
  let context: string | null = null;
  for (const paragraph of paragraphs) {
    const sentences = sentencesOf(paragraph).map((s): SentenceInfo => ({
      ...s,
      meetings: findMeetingMentions(text, s.start, s.end, groups.mentions),
      dates: findDates(s.text).map((d) => ({ ...d, start: d.start + s.start, end: d.end + s.start })),
    }));
    const subject = sentences.flatMap((s) => s.meetings).find((m) => m.kind === 'GROUP_MEETING' && !m.launches);
    if (subject) context = meetingId(subject);
    infos.push({ paragraph, sentences, meeting: subject ? meetingId(subject) : context });
  }
  return { text, groups, paragraphs: infos, meetingId };
}
