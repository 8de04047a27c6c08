import type {
  ActionFact, Citation, ConsultationFact, GroupFact, Issuer, LanguageCode, MeetingFact, Paragraph, ResolutionFact,
} from '@mandate-graph/extraction';

export interface ReportFacts {
  groups: GroupFact[];
  meetings: MeetingFact[];
  consultations: ConsultationFact[];
  actions: ActionFact[];
  resolutionFacts: ResolutionFact[];
}

/** The extractors a run applies to each document's text; pure functions, text in, facts with spans out. */
export interface Extractors {
  citations(text: string, context: { language: LanguageCode; documentIssuer?: Issuer }): Citation[];
  reportFacts(text: string, paragraphs: Paragraph[], language: LanguageCode): ReportFacts;
}

export const NO_REPORT_FACTS: ReportFacts = { groups: [], meetings: [], consultations: [], actions: [], resolutionFacts: [] };
