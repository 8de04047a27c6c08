import { formatMeetingId } from '@mandate-graph/vocabulary';
import type { Paragraph } from '../types';
import { findDates, type DateMention } from './dates';
import { extractGroups, type GroupResult } from './groups';
import { findMeetingMentions, type MeetingMention } from './mentions';
import { sentencesOf, type Sentence } from './sentences';
import { inTextOrder, within } from './within';

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
  meetingId(meeting: Pick<MeetingMention, 'kind' | 'number' | 'groupId'>): string | null;
}

/** How far before a sentence a group's name may end and still be the one its meeting belongs to. */
const NAME_BEFORE_SENTENCE = 200;

export function analyze(text: string, paragraphs: Paragraph[]): Analysis {
  const groups = extractGroups(text, paragraphs);
  const meetingId = (meeting: Pick<MeetingMention, 'kind' | 'number' | 'groupId'>): string | null => {
    const group = meeting.groupId ?? groups.mainGroup;
    if (!group) return null;
    return formatMeetingId(group, meeting.kind, meeting.number);
  };

  const infos: ParagraphInfo[] = [];
  let context: string | null = null;
  const mentions = inTextOrder(groups.mentions);
  for (const paragraph of paragraphs) {
    const sentences = sentencesOf(paragraph).map((sentence): SentenceInfo => ({
      ...sentence,
      // The group a meeting is "of" is named in its sentence, or just before it ("CWG-Internet: the 17th meeting").
      meetings: findMeetingMentions(text, sentence.start, sentence.end, within(mentions, Math.max(0, sentence.start - NAME_BEFORE_SENTENCE), sentence.end)),
      dates: findDates(sentence.text).map((date) => ({ ...date, start: date.start + sentence.start, end: date.end + sentence.start })),
    }));
    const subject = sentences.flatMap((sentence) => sentence.meetings).find((mention) => mention.kind === 'GROUP_MEETING' && !mention.launches && !mention.bySymbol);
    if (subject) context = meetingId(subject);
    infos.push({ paragraph, sentences, meeting: subject ? meetingId(subject) : context });
  }
  return { text, groups, paragraphs: infos, meetingId };
}
