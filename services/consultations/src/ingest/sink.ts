import type { DocumentSink } from '@mandate-graph/server-kit';
import { storeConsultationFacts, storeConsultationFactsOfNewDocuments } from './store-facts';

/** Of a document's facts, the consultations subgraph keeps the consultations it announces or reports on. */
export const consultationsSink: DocumentSink = {
  write: (em, { document, curated, isNew, consultations }) => storeConsultationFacts(em, document, consultations, { curated, isNew }),
  writeNew: (em, contributions) => storeConsultationFactsOfNewDocuments(em, contributions.map(({ document, consultations }) => ({ document, facts: consultations }))),
  retract: (em, document) => storeConsultationFacts(em, document, []),
};
