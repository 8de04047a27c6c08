import type { EntityManager } from '@mikro-orm/postgresql';
import { extractMandates, type Citation } from '@mandate-graph/extraction';
import { storeDocument, type StoreOutcome } from '@mandate-graph/documents';
import { storeResolutionFacts, type ResolutionCitationFact } from '@mandate-graph/resolutions';
import { storeMeetingFacts } from '@mandate-graph/meetings';
import { storeConsultationFacts } from '@mandate-graph/consultations';
import type { Extractors } from './extractors';
import { paragraphAt, type ReadDocument } from './read-document';
import type { Repository, RepositoryFile } from './repository';

/** What extraction found in a document and each store keeps: the document's whole contribution. */
export function extract(document: ReadDocument, extractors: Extractors) {
  const citations = extractors.citations(document.text, { language: document.language, documentIssuer: document.issuer ?? undefined })
    .map((citation) => ({ ...citation, paragraph: paragraphAt(document.paragraphs, citation.start)?.number ?? null }));
  const report = document.instrument ? null : extractors.reportFacts(document.text, document.paragraphs, document.language);
  return { citations, report };
}

function citationEdges(citing: string, citations: (Citation & { paragraph: string | null })[]): ResolutionCitationFact[] {
  return citations
    .filter((citation) => citation.resolution && citation.confidence >= 0.5)
    .map((citation) => ({
      citing,
      cited: citation.resolution!,
      revision: citation.revision?.label ?? null,
      source: { paragraph: citation.paragraph, start: citation.start, end: citation.end, quote: citation.text },
    }));
}

/**
 * Writes one document and everything it says into the four stores, inside `em`'s transaction; facts an
 * earlier version said and this one does not are retracted.
 */
export async function writeDocument(em: EntityManager, repository: Repository, file: RepositoryFile, document: ReadDocument, extractors: Extractors): Promise<StoreOutcome> {
  const id = `${repository.id}/${document.name}`;
  const { citations, report } = extract(document, extractors);
  const outcome = await storeDocument(em, {
    repository: repository.id, name: document.name, path: file.relativePath, format: document.format, language: document.language,
    title: document.title, text: document.text, contentHash: document.contentHash, paragraphs: document.paragraphs, citations,
  });
  if (outcome === 'unchanged') return outcome;
  await storeResolutionFacts(em, id, {
    instruments: document.instrument ? [document.instrument] : [],
    citations: document.instrument ? citationEdges(document.instrument.id, citations) : [],
    mandates: document.instrument ? extractMandates(document.instrument) : [],
    statusFacts: report?.resolutionFacts ?? [],
  });
  await storeMeetingFacts(em, id, { groups: report?.groups ?? [], meetings: report?.meetings ?? [], actions: report?.actions ?? [] });
  await storeConsultationFacts(em, id, report?.consultations ?? []);
  return outcome;
}
