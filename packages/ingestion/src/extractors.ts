import type { Citation, Issuer, LanguageCode, Paragraph, ReportFacts } from '@mandate-graph/extraction';

/** The extractors a run applies to each document's text; pure functions, text in, facts with spans out. */
export interface Extractors {
  citations(text: string, context: { language: LanguageCode; documentIssuer?: Issuer }): Citation[];
  reportFacts(text: string, paragraphs: Paragraph[], language: LanguageCode): ReportFacts;
}

export const NO_REPORT_FACTS: ReportFacts = { groups: [], meetings: [], consultations: [], actions: [], resolutionFacts: [] };

export type { ReportFacts };
