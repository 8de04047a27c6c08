import type { EntityManager } from '@mikro-orm/postgresql';
import { extractMandates, type Citation } from '@mandate-graph/extraction';
import { removeDocument, storeDocument, storeDocumentSymbols, type StoreOutcome } from '@mandate-graph/documents';
import { storeResolutionFacts, type ResolutionCitationFact } from '@mandate-graph/resolutions';
import { storeMeetingFacts } from '@mandate-graph/meetings';
import { storeConsultationFacts } from '@mandate-graph/consultations';
import type { CuratedFacts } from './curated';
import { curationProblems } from './curated-scope';
import type { Extractors } from './extractors';
import { IngestError, paragraphAt, type ReadDocument } from './read-document';
import type { Repository, RepositoryFile } from './repository';

/** What extraction found in a document and each store keeps: the document's whole contribution. */
export function extract(document: ReadDocument, extractors: Extractors) {
  // An overlay states its facts; there is nothing to find in it.
  if (document.curated) return { citations: [], report: null };
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
  if (document.curated) {
    const problems = await curationProblems(em, repository, document.curated);
    // The whole overlay waits: storing part of it would take back, unreported, what its refused facts stated before.
    if (problems.length) throw new IngestError(file.relativePath, `refused, nothing of it stored: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}`);
  }
  const { citations, report } = extract(document, extractors);
  const outcome = await storeDocument(em, {
    repository: repository.id, name: document.name, path: file.relativePath, format: document.format, language: document.language,
    title: document.title, text: document.text, contentHash: document.contentHash, paragraphs: document.paragraphs, citations,
  });
  if (outcome === 'unchanged') return outcome;
  if (document.curated) {
    await writeCuratedFacts(em, id, document.curated);
    return outcome;
  }
  const isNew = outcome === 'created';
  await storeResolutionFacts(em, id, {
    instruments: document.instrument ? [document.instrument] : [],
    citations: document.instrument ? citationEdges(document.instrument.id, citations) : [],
    mandates: document.instrument ? extractMandates(document.instrument) : [],
    statusFacts: report?.resolutionFacts ?? [],
  }, { isNew });
  await storeMeetingFacts(em, id, { groups: report?.groups ?? [], meetings: report?.meetings ?? [], actions: report?.actions ?? [] }, { isNew });
  await storeConsultationFacts(em, id, report?.consultations ?? [], { isNew });
  return outcome;
}

/** An overlay's facts, each marked curated, replacing what the overlay said before. */
async function writeCuratedFacts(em: EntityManager, id: string, facts: CuratedFacts): Promise<void> {
  await storeDocumentSymbols(em, id, facts.symbols.map((fact) => ({
    document: fact.document, symbol: fact.symbol, source: { document: id, ...fact.source, curated: true },
  })));
  await storeResolutionFacts(em, id, { instruments: [], citations: [], mandates: facts.mandates, statusFacts: facts.statusFacts }, { curated: true });
  await storeMeetingFacts(em, id, { groups: facts.groups, meetings: [], actions: [] }, { curated: true });
  await storeConsultationFacts(em, id, []);
}

/** Takes a document that left its repository out of every store, with all it said. */
export async function retractDocument(em: EntityManager, id: string): Promise<void> {
  await storeResolutionFacts(em, id, { instruments: [], citations: [], mandates: [], statusFacts: [] });
  await storeMeetingFacts(em, id, { groups: [], meetings: [], actions: [] });
  await storeConsultationFacts(em, id, []);
  await storeDocumentSymbols(em, id, []);
  await removeDocument(em, id);
}
