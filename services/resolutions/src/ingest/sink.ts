import { RESOLVED_CONFIDENCE } from '@mandate-graph/extraction';
import type { EntityManager } from '@mikro-orm/postgresql';
import { judgeClaims, ownedByScope, type DocumentContribution, type DocumentSink, type FoundCitation } from '@mandate-graph/server-kit';
import { ResolutionEntity, ResolutionStatus } from '../entities';
import { storeResolutionFacts, storeResolutionFactsOfNewDocuments, type CitedFact, type ResolutionCitationFact, type ResolutionFacts } from './store-facts';


/** Every instrument the document cites with confidence, and the revision each citation names. */
function citedInstruments(citations: FoundCitation[]): CitedFact[] {
  return citations
    .filter((citation) => citation.resolution && citation.confidence >= RESOLVED_CONFIDENCE)
    .map((citation) => ({
      resolution: citation.resolution!,
      revision: citation.revision,
      source: { paragraph: citation.paragraph, start: citation.start, end: citation.end, quote: citation.text },
    }));
}

/** The instrument a document is the text of cites, as edges from it to each instrument it names. */
function citationEdges(citing: string, citations: FoundCitation[]): ResolutionCitationFact[] {
  return citedInstruments(citations).map(({ resolution, revision, source }) => ({ citing, cited: resolution, revision: revision?.label ?? null, source }));
}

function resolutionFactsOf({ instrument, citations, mandates, statusFacts }: DocumentContribution): ResolutionFacts {
  return {
    instruments: instrument ? [instrument] : [],
    cited: citedInstruments(citations),
    citations: instrument ? citationEdges(instrument.id, citations) : [],
    mandates,
    statusFacts,
  };
}

function storedStatus(row: ResolutionEntity): string {
  return [row.status === ResolutionStatus.ABROGATED ? 'abrogated' : 'not abrogated', row.mergedInto ? `merged into ${row.mergedInto}` : 'merged into nothing'].join(', ');
}

/** Of a document's facts, the resolutions subgraph keeps its instrument, the instrument's citations, mandates and statuses. */
export const resolutionsSink: DocumentSink = {
  write: (em, contribution) => storeResolutionFacts(em, contribution.document, resolutionFactsOf(contribution), contribution),

  writeNew: (em, contributions) => storeResolutionFactsOfNewDocuments(em, contributions.map((contribution) => ({
    document: contribution.document, facts: resolutionFactsOf(contribution),
  }))),

  retract: (em, document) => storeResolutionFacts(em, document, { instruments: [], citations: [], mandates: [], statusFacts: [] }),

  /**
   * A curator speaks of an instrument its repository's documents hold, or one its manifest declares; and never
   * sets a status another repository's curator stated otherwise.
   */
  curationProblems: (em: EntityManager, claims, scope) => judgeClaims(claims, scope, 'resolutions', (ids) => em.find(ResolutionEntity, { id: { $in: ids } }), (claim, row) => {
    const stated = row?.statusSource;
    if (!row || !claim.sets || !stated?.curated || ownedByScope(scope, stated.document)) return null;
    const abrogated = claim.sets.abrogated ?? row.status === ResolutionStatus.ABROGATED;
    const mergedInto = claim.sets.mergedInto ?? row.mergedInto;
    if (abrogated === (row.status === ResolutionStatus.ABROGATED) && mergedInto === row.mergedInto) return null;
    return `conflicts with ${stated.document}, whose curator states ${claim.about.id} ${storedStatus(row)}; that fact is kept until the two repositories agree`;
  }),
};
