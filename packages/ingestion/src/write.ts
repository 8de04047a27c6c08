import { formatDocumentId } from '@mandate-graph/vocabulary';
import type { EntityManager } from '@mikro-orm/postgresql';
import { extractFacts, type Citation, type DocumentFacts, type Extractors } from '@mandate-graph/extraction';
import { appendDocumentRows, finishDocument, removeDocument, storeDocument, storeDocumentSymbols, type StoreOutcome } from '@mandate-graph/documents';
import { storeResolutionFacts, type ResolutionCitationFact } from '@mandate-graph/resolutions';
import { storeMeetingFacts } from '@mandate-graph/meetings';
import { storeConsultationFacts } from '@mandate-graph/consultations';
import type { CuratedFacts } from './curated';
import { curationProblems } from './curated-scope';
import { IngestError, type ReadDocument } from './read-document';
import type { Repository, RepositoryFile } from './repository';

export type Extracted = DocumentFacts;

/**
 * What extraction found in a document and each store keeps: the document's whole contribution. Run before
 * the document's transaction opens: the embedded store serves no one else while a transaction is open.
 */
export function extract(document: ReadDocument, extractors: Extractors): Extracted {
  // An overlay states its facts; there is nothing to find in it.
  if (document.curated) return { citations: [], report: null, mandates: [] };
  return extractFacts(document, extractors);
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
export async function writeDocument(
  em: EntityManager, repository: Repository, file: RepositoryFile, document: ReadDocument, extracted: Extracted, options: { rowsLater?: boolean } = {},
): Promise<StoreOutcome> {
  const id = formatDocumentId({ repository: repository.id, name: document.name });
  if (document.curated) {
    const problems = await curationProblems(em, repository, document.curated);
    // The whole overlay waits: storing part of it would take back, unreported, what its refused facts stated before.
    if (problems.length) throw new IngestError(file.relativePath, `refused, nothing of it stored: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}`);
  }
  const { citations, report } = extracted;
  const outcome = await storeDocument(em, {
    repository: repository.id, name: document.name, path: file.relativePath, format: document.format, language: document.language,
    title: document.title, text: document.text, contentHash: document.contentHash, paragraphs: document.paragraphs, citations,
  }, options);
  if (outcome === 'unchanged') return outcome;
  if (document.curated) {
    await writeCuratedFacts(em, id, document.curated);
    return outcome;
  }
  const isNew = outcome === 'created';
  await storeResolutionFacts(em, id, {
    instruments: document.instrument ? [document.instrument] : [],
    citations: document.instrument ? citationEdges(document.instrument.id, citations) : [],
    mandates: extracted.mandates,
    statusFacts: report?.resolutionFacts ?? [],
  }, { isNew });
  await storeMeetingFacts(em, id, { groups: report?.groups ?? [], meetings: report?.meetings ?? [], actions: report?.actions ?? [] }, { isNew });
  await storeConsultationFacts(em, id, report?.consultations ?? [], { isNew });
  return outcome;
}

/** Above this many paragraphs and citations, a document is written in steps (`writeDocumentInSteps`). */
export const ROWS_IN_ONE_TRANSACTION = 10_000;
const ROWS_PER_STEP = 2_000;

type Transaction = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

/**
 * A document too big for one short transaction: the embedded store serves no other request while a
 * transaction is open, and 100,000 paragraphs took it away from every reader for minutes. First the document
 * row (marked unfinished) with all its facts, then its paragraphs and citations a few thousand at a time, each
 * in a transaction of its own so that reads are answered between them, and last its content hash. Until then,
 * a reader sees the document with part of its paragraphs; a run cut short leaves it unfinished, and the next
 * one writes it again.
 */
export async function writeDocumentInSteps(
  transaction: Transaction, repository: Repository, file: RepositoryFile, document: ReadDocument, extracted: Extracted,
): Promise<StoreOutcome> {
  const outcome = await transaction((em) => writeDocument(em, repository, file, document, extracted, { rowsLater: true }));
  if (outcome === 'unchanged') return outcome;
  const id = formatDocumentId({ repository: repository.id, name: document.name });
  const { paragraphs } = document;
  const { citations } = extracted;
  for (let from = 0; from < paragraphs.length; from += ROWS_PER_STEP) {
    await transaction((em) => appendDocumentRows(em, id, document.language, paragraphs.slice(from, from + ROWS_PER_STEP), [], { paragraph: from, citation: 0 }));
  }
  for (let from = 0; from < citations.length; from += ROWS_PER_STEP) {
    await transaction((em) => appendDocumentRows(em, id, document.language, [], citations.slice(from, from + ROWS_PER_STEP), { paragraph: 0, citation: from }));
  }
  await transaction((em) => finishDocument(em, id, document.contentHash));
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
