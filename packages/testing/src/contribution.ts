import type { DocumentContribution } from '@mandate-graph/server-kit';

/** A document's contribution holding only `facts`: nothing curated, and the document new unless they say so. */
export function contributionOf(document: string, facts: Partial<Omit<DocumentContribution, 'document'>> = {}): DocumentContribution {
  return {
    document, language: 'en', curated: false, isNew: true, instrument: null, citations: [], mandates: [], statusFacts: [], groups: [], meetings: [], actions: [],
    consultations: [], symbols: [], ...facts,
  };
}
