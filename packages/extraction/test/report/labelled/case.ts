import type { Assignee, Count, LanguageCode, MeetingFact } from '../../../src/types';

/**
 * A report passage written for the purpose, with every meeting fact it states. A value the passage does not
 * state is left out: the extractor finding one is a false positive.
 */
export interface LabelledReport {
  language: LanguageCode;
  /** What the case is about, shown when a threshold is missed. */
  about: string;
  text: string;
  meetings: ExpectedMeeting[];
  /** The open consultations it launches or reports on; absent when it names none. */
  consultations?: ExpectedConsultation[];
  /** The actions agreed (`MEETING-ID/PARAGRAPH`) and who is to act; absent when it lists none. */
  actions?: ExpectedAction[];
}

export interface ExpectedAction {
  id: string;
  assignees: Assignee[];
}

export interface ExpectedConsultation {
  id: string;
  topic: string;
  /** ISO dates, at the precision printed; absent when not stated. */
  opens?: string;
  closes?: string;
  /** The responses received: total, and the categories in the contract's order (`GOVERNMENT:10 PRIVATE_SECTOR:8`). */
  responses?: string;
}

export interface ExpectedMeeting {
  id: string;
  /** First and last day, ISO. */
  dates?: [string, string];
  format?: NonNullable<MeetingFact['format']>;
  participants?: Count;
  registered?: Count;
  contributions?: number;
}
