import { formatDocumentId } from '@mandate-graph/vocabulary';
import type { EntityManager } from '@mikro-orm/postgresql';
import { extractFacts, type DocumentFacts, type Extractors } from '@mandate-graph/extraction';
import type { DocumentContribution, DocumentRecord, StoreOutcome } from '@mandate-graph/server-kit';
import { curationProblems } from './curated-scope';
import { IngestError, type ReadDocument } from './read-document';
import type { Repository, RepositoryFile } from './repository';
import type { IngestionStore } from './store';
import { workOf } from './translations';

export type Extracted = DocumentFacts;

/**
 * What extraction found in a document and each store keeps: the document's whole contribution. Run before
 * the document's transaction opens: the embedded store serves no one else while a transaction is open.
 */
export function extract(document: ReadDocument, extractors: Extractors): Extracted {
  // An overlay states its facts; there is nothing to find in it.
  if (document.curated) return { citations: [], report: null, mandates: [], groups: [], statusFacts: [] };
  return extractFacts(document, extractors);
}

/** What the sinks store of a document: what extraction found in it, or what its curator states. */
function contributionOf(id: string, document: ReadDocument, extracted: Extracted, isNew: boolean): DocumentContribution {
  const nothing = { instrument: null, citations: [], meetings: [], actions: [], consultations: [] };
  if (document.curated) {
    const { mandates, statusFacts, groups, symbols } = document.curated;
    return { document: id, language: document.language, curated: true, isNew, ...nothing, mandates, statusFacts, groups, symbols };
  }
  const { report } = extracted;
  return {
    document: id, language: document.language, curated: false, isNew,
    instrument: document.instrument,
    citations: extracted.citations,
    mandates: extracted.mandates,
    statusFacts: extracted.statusFacts,
    groups: extracted.groups,
    meetings: report?.meetings ?? [],
    actions: report?.actions ?? [],
    consultations: report?.consultations ?? [],
    symbols: [],
  };
}

/**
 * Writes one document and everything it says into every subgraph's store, inside `em`'s transaction: first
 * the catalogue (which says whether this version is new), then each sink; facts an earlier version said and
 * this one does not are retracted.
 */
export async function writeDocument(
  em: EntityManager, store: IngestionStore, repository: Repository, file: RepositoryFile, document: ReadDocument, extracted: Extracted,
  options: { rowsLater?: boolean } = {},
): Promise<StoreOutcome> {
  const id = formatDocumentId({ repository: repository.id, name: document.name });
  if (document.curated) {
    const problems = await curationProblems(em, store.sinks, repository, document.curated);
    // The whole overlay waits: storing part of it would take back, unreported, what its refused facts stated before.
    if (problems.length) throw new IngestError(file.relativePath, `refused, nothing of it stored: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; and ${problems.length - 10} more` : ''}`);
  }
  const outcome = await store.catalogue.storeDocument(em, recordOf(repository, { file, document, extracted }), options);
  if (outcome === 'unchanged') return outcome;
  const contribution = contributionOf(id, document, extracted, outcome === 'created');
  for (const sink of store.sinks) await sink.write(em, contribution);
  return outcome;
}

/** A document read and extracted, waiting to be written with others. */
export interface PendingDocument { file: RepositoryFile; document: ReadDocument; extracted: Extracted }

function recordOf(repository: Repository, { file, document, extracted }: PendingDocument): DocumentRecord {
  return {
    repository: repository.id, name: document.name, path: file.relativePath, format: document.format, language: document.language,
    title: document.title, work: workOf(repository.id, document.name, document.language, file.work), text: document.text, contentHash: document.contentHash, paragraphs: document.paragraphs, citations: extracted.citations,
  };
}

/**
 * Writes documents never stored before (none of them curated) and everything they say into every store,
 * inside `em`'s transaction: a few statements for all of them where writing each in turn takes about twenty
 * a document. It fails whole when any of them cannot be stored; the caller then writes each on its own.
 */
export async function writeNewDocuments(em: EntityManager, store: IngestionStore, repository: Repository, pending: readonly PendingDocument[]): Promise<void> {
  await store.catalogue.storeNewDocuments(em, pending.map((item) => recordOf(repository, item)));
  const contributions = pending.map(({ document, extracted }) => contributionOf(formatDocumentId({ repository: repository.id, name: document.name }), document, extracted, true));
  for (const sink of store.sinks) {
    if (sink.writeNew) await sink.writeNew(em, contributions);
    else for (const contribution of contributions) await sink.write(em, contribution);
  }
}

/** Above this many paragraphs and citations, a document is written in steps (`writeDocumentInSteps`). */
export const ROWS_IN_ONE_TRANSACTION = 10_000;
const ROWS_PER_STEP = 2_000;

/** Runs work in a transaction of its own (tried again when a concurrent run collided with it). */
export type Transaction = <T>(work: (em: EntityManager) => Promise<T>) => Promise<T>;

/**
 * A document too big for one short transaction: the embedded store serves no other request while a
 * transaction is open, and 100,000 paragraphs took it away from every reader for minutes. First the document
 * row (marked unfinished) with all its facts, then its paragraphs and citations a few thousand at a time, each
 * in a transaction of its own so that reads are answered between them, and last its content hash. Until then,
 * a reader sees the document with part of its paragraphs; a run cut short leaves it unfinished, and the next
 * one writes it again.
 */
export async function writeDocumentInSteps(
  transaction: Transaction, store: IngestionStore, repository: Repository, file: RepositoryFile, document: ReadDocument, extracted: Extracted,
): Promise<StoreOutcome> {
  const outcome = await transaction((em) => writeDocument(em, store, repository, file, document, extracted, { rowsLater: true }));
  if (outcome === 'unchanged') return outcome;
  const id = formatDocumentId({ repository: repository.id, name: document.name });
  const { paragraphs } = document;
  const { citations } = extracted;
  const { catalogue } = store;
  for (let from = 0; from < paragraphs.length; from += ROWS_PER_STEP) {
    await transaction((em) => catalogue.appendRows(em, id, document.language, paragraphs.slice(from, from + ROWS_PER_STEP), [], { paragraph: from, citation: 0 }));
  }
  for (let from = 0; from < citations.length; from += ROWS_PER_STEP) {
    await transaction((em) => catalogue.appendRows(em, id, document.language, [], citations.slice(from, from + ROWS_PER_STEP), { paragraph: 0, citation: from }));
  }
  await transaction((em) => catalogue.finishDocument(em, id, document.contentHash));
  return outcome;
}

/** Takes a document that left its repository out of every store, with all it said. */
async function retractDocument(em: EntityManager, store: IngestionStore, id: string): Promise<void> {
  for (const sink of store.sinks) await sink.retract(em, id);
  await store.catalogue.removeDocument(em, id);
}

/**
 * Documents taken out a batch to a transaction: a commit each cost as much as the retraction itself. A batch
 * commits whole or not at all, so a crash still leaves no document half taken out.
 */
const DOCUMENTS_PER_RETRACTION = 50;

/**
 * Takes documents out of every store inside `em`'s transaction, each as `retractDocument` does; the identity
 * map is cleared between them, so that rows one document's retraction read never reach the next one's flush.
 */
async function retractDocuments(em: EntityManager, store: IngestionStore, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    await retractDocument(em, store, id);
    em.clear();
  }
}

/** Takes the documents out, `perBatch` to a transaction; `retracted` hears of each batch once it is committed. */
export async function retractInBatches(
  store: IngestionStore, ids: readonly string[], perBatch = DOCUMENTS_PER_RETRACTION, retracted?: (from: number, to: number) => void,
): Promise<void> {
  for (let from = 0; from < ids.length; from += perBatch) {
    const to = Math.min(ids.length, from + perBatch);
    await store.em.fork().transactional((em) => retractDocuments(em as EntityManager, store, ids.slice(from, to)));
    retracted?.(from, to);
  }
}
