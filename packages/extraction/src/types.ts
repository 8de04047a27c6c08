/**
 * What the extractors find in a document. Every offset is a UTF-16 code-unit index into the exact
 * string the extractor was given (JavaScript string indexing), `end` exclusive, so that
 * `text.slice(start, end)` is the quoted evidence.
 */

import { LANGUAGES, type LanguageCode } from '@mandate-graph/vocabulary';

// The contract's enums, declared once in vocabulary.
export type {
  ActivityType, Assignee, InstrumentKind, Issuer, LanguageCode, MandateRelation, MeetingKind, ParagraphRole, ResolutionStatus, StakeholderCategory,
} from '@mandate-graph/vocabulary';
import type { ActivityType, Assignee, InstrumentKind, Issuer, MandateRelation, MeetingKind, ParagraphRole, StakeholderCategory } from '@mandate-graph/vocabulary';

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.toLowerCase() as LanguageCode);

/** Where a fact came from inside one document. */
export interface SourceSpan {
  /** Paragraph number as printed (`2.5.1`), or null for an unnumbered paragraph. */
  paragraph: string | null;
  start: number;
  end: number;
  quote: string;
}

export interface Paragraph {
  number: string | null;
  text: string;
  /** Offsets of `text` inside the document text. */
  start: number;
  end: number;
  /**
   * Readable text when `text` carries markup (html paragraphs: tags removed, entities decoded,
   * white space collapsed). Absent for txt and md, whose `text` is already plain.
   */
  plain?: string;
  /** A heading or a footnote, kept apart from the body; absent for a body paragraph. */
  role?: ParagraphRole;
}


export interface Revision {
  /** As the contract prints it: `Rev. Dubai, 2018`. */
  label: string;
  place: string | null;
  year: number | null;
}

/** From this confidence up, a citation's instrument is decided; below it, the citation is found but unresolved. */
export const RESOLVED_CONFIDENCE = 0.5;

export interface Citation {
  /** The citation as written, `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Contract id (`PP-RES-102`), or null when the instrument cannot be decided. */
  resolution: string | null;
  issuer: Issuer | null;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  /** 0..1; below RESOLVED_CONFIDENCE means "found, but not resolved with confidence". */
  confidence: number;
}


export interface Count { value: number; atLeast: boolean }

export interface GroupFact { id: string; name: string; source: SourceSpan }

export interface MeetingFact {
  id: string;
  groupId: string;
  number: number;
  kind: MeetingKind;
  startDate: string | null; // ISO date
  endDate: string | null;
  format: 'VIRTUAL' | 'PHYSICAL' | 'HYBRID' | null;
  contributionsReceived: number | null;
  registered: Count | null;
  participants: Count | null;
  source: SourceSpan;
  /** Where each value not quoted by `source` was read (a date, a count), so every value has its own evidence. */
  evidence?: Partial<Record<'date' | 'format' | 'contributionsReceived' | 'registered' | 'participants', SourceSpan>>;
}

export interface ConsultationFact {
  id: string; // GROUP-CONS-YYYY-MM
  groupId: string;
  topic: string;
  questions: string[];
  opens: string | null;
  closes: string | null;
  launchedAt: string | null; // meeting id
  reviewedAt: string | null;
  consultationMeeting: string | null; // meeting id (GROUP-OC-N)
  responses: {
    total: number;
    byCategory: { category: StakeholderCategory; count: number }[];
    /** Sum of byCategory when it differs from the stated total (the stated total is kept). */
    categorized?: number;
    /** Why the figures need a second look, e.g. a breakdown that does not add up. */
    note?: string;
  } | null;
  /** Resolutions the consultation is held under. */
  resolutions: string[];
  source: SourceSpan;
  /** Where each value not quoted by `source` was read (period, responses, questions, ...). */
  evidence?: Partial<Record<'topic' | 'period' | 'closes' | 'launchedAt' | 'reviewedAt' | 'consultationMeeting' | 'responses' | 'questions', SourceSpan>>;
}

export interface ActionFact {
  id: string; // MEETING-ID/PARAGRAPH
  meetingId: string;
  paragraph: string;
  text: string;
  assignees: Assignee[];
  references: string[]; // resolution ids
  consultation: string | null;
  source: SourceSpan;
}


export interface ResolutionFact {
  resolution: string;
  /** establishes a group, or merges into / is abrogated by. */
  kind: 'ESTABLISHES' | 'MERGED_INTO' | 'ABROGATED';
  target: string | null; // group id for ESTABLISHES, resolution id for MERGED_INTO
  source: SourceSpan;
}

export interface OperativeClause {
  block: string; // resolves, instructs_the_itu_council, ...
  addressee: string | null;
  number: string | null;
  text: string;
  source: SourceSpan;
}

export interface InstrumentFact {
  id: string; // PP-RES-102
  issuer: Issuer;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  title: string | null;
  recitals: {
    text: string;
    source: SourceSpan;
    /** The recital's printed letter, `b)`, when it has one. */
    label?: string | null;
    /** The recital group it belongs to, as printed: `considering`, `noting further`. */
    intro?: string | null;
  }[];
  operativeClauses: OperativeClause[];
  footnotes: {
    text: string;
    source: SourceSpan;
    /** The footnote's printed number (`1`) or mark (`*`). */
    number?: string | null;
    /** Paragraph number (as in SourceSpan.paragraph) of the recital or clause that carries the reference mark. */
    anchor?: string | null;
  }[];
}

export interface MandateFact {
  resolution: string;
  relation: MandateRelation;
  /**
   * Activity id: a group, meeting, consultation or action id, or a group's series: `CWG-INTERNET-OC` (its
   * open-consultation meetings, `CWG-INTERNET-OC-N`), `CWG-INTERNET-CONS` (its open consultations).
   */
  activity: string;
  activityType: ActivityType;
  source: SourceSpan;
}
