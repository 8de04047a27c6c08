import { extractReportFacts, findCitations } from '@mandate-graph/extraction';
import type { Extractors } from './extractors';

/** The project's extractors: six-language citations, and the facts of group and chair reports. */
export const defaultExtractors: Extractors = {
  citations: (text, context) => findCitations(text, context),
  reportFacts: (text, paragraphs, language) => extractReportFacts(text, paragraphs, { language }),
};
