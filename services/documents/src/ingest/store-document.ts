import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import type { LanguageCode, Paragraph } from '@mandate-graph/extraction';
import { insertRows, type CataloguedDocument, type DocumentRecord, type FoundCitation, type PlainRow, type StoreOutcome, type StoredProvenance } from '@mandate-graph/server-kit';
import { CitationEntity, DocumentEntity, DocumentSymbolEntity, Language, ParagraphEntity, ParagraphRole, RepositoryEntity } from '../entities';

/** `repository/name`, as the graph names a document. */
const documentIdOf = (record: Pick<DocumentRecord, 'repository' | 'name'>) => `${record.repository}/${record.name}`;

/**
 * Binds a repository id to the real path of the folder ingesting it. The folder that first claimed the id
 * keeps it; another is refused (the reason returned, nothing touched) unless `moved` says the repository now
 * lives there.
 */
export async function claimRepository(
  em: EntityManager, { id, title, folder }: { id: string; title: string | null; folder: string }, options: { moved?: boolean } = {},
): Promise<string | null> {
  const existing = await em.findOne(RepositoryEntity, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (existing?.folder && existing.folder !== folder && !options.moved) {
    return `repository id "${id}" belongs to the folder ${existing.folder}; ${folder} claims it too. Nothing was changed. ` +
      `Give this folder its own "id" in mandate.json, or, if the repository moved here, ingest it with --moved.`;
  }
  await em.upsert(RepositoryEntity, { id, title, folder });
  return null;
}

/** A repository row for a document stored without a claim (tests, tools): never changes a claimed one. */
async function ensureRepository(em: EntityManager, id: string): Promise<void> {
  await em.createQueryBuilder(RepositoryEntity).insert({ id }).onConflict('id').ignore().execute();
}

/**
 * The stored documents of a repository, or of some of its files: plain rows, never entities, since
 * ingestion asks this of every batch of files and only compares hashes.
 */
export async function catalogueDocuments(em: EntityManager, repository: string, paths?: readonly string[]): Promise<CataloguedDocument[]> {
  if (paths && !paths.length) return [];
  const query = em.createQueryBuilder(DocumentEntity).select(['id', 'name', 'path', 'format', 'contentHash']).where(paths ? { repository, path: { $in: [...paths] } } : { repository });
  const rows = await query.execute<Array<Pick<DocumentEntity, 'id' | 'name' | 'path' | 'format' | 'contentHash'>>>('all');
  return rows.map(({ id, name, path, format, contentHash }) => ({ id, name, path, format, contentHash }));
}

export async function removeDocument(em: EntityManager, id: string): Promise<void> {
  await em.nativeDelete(DocumentEntity, { id });
}

/**
 * Writes one document with its paragraphs and citations inside the caller's transaction. The same
 * content changes nothing; changed content replaces exactly this document's rows.
 *
 * With `rowsLater`, only the document row is written, marked unfinished (no content hash, so that an
 * ingestion cut short does it again): its paragraphs and citations follow in transactions of their own
 * (`appendDocumentRows`), and `finishDocument` sets the hash last.
 */
export async function storeDocument(em: EntityManager, record: DocumentRecord, options: { rowsLater?: boolean } = {}): Promise<StoreOutcome> {
  const id = documentIdOf(record);
  const existing = await em.createQueryBuilder(DocumentEntity).select(['contentHash']).where({ id }).execute<Pick<DocumentEntity, 'contentHash'> | null>('get');
  if (existing?.contentHash === record.contentHash) return 'unchanged';
  await ensureRepository(em, record.repository);
  const language = record.language.toUpperCase() as Language;
  if (existing) {
    await em.nativeDelete(ParagraphEntity, { document: id });
    await em.nativeDelete(CitationEntity, { document: id });
  }
  await em.upsert(DocumentEntity, {
    id, repository: record.repository, name: record.name, path: record.path, format: record.format, language,
    title: record.title, work: record.work ?? null, text: record.text, contentHash: options.rowsLater ? UNFINISHED : record.contentHash, sortKey: record.name,
  });
  if (!options.rowsLater) await appendDocumentRows(em, id, record.language, record.paragraphs, record.citations);
  return existing ? 'replaced' : 'created';
}

/**
 * Writes documents never stored before with their paragraphs and citations, inside the caller's transaction:
 * one statement for their records, then their rows a thousand to a statement, whatever the number of
 * documents. A document stored already makes it fail (the caller then writes each with `storeDocument`).
 */
export async function storeNewDocuments(em: EntityManager, records: DocumentRecord[]): Promise<void> {
  for (const repository of new Set(records.map((record) => record.repository))) await ensureRepository(em, repository);
  await insertRows(em, DocumentEntity, records.map((record) => ({
    id: documentIdOf(record), repository: record.repository, name: record.name, path: record.path, format: record.format,
    language: record.language.toUpperCase() as Language, title: record.title, work: record.work ?? null, text: record.text, contentHash: record.contentHash, sortKey: record.name,
  })));
  const first = { paragraph: 0, citation: 0 };
  await insertRows(em, ParagraphEntity, records.flatMap((record) => paragraphRows(documentIdOf(record), record.language, record.paragraphs, first)));
  await insertRows(em, CitationEntity, records.flatMap((record) => citationRows(documentIdOf(record), record.citations, first)));
}

/** The content hash of a document whose rows are still being written: no file hashes to it. */
const UNFINISHED = '';

/**
 * Adds paragraphs and citations to a stored document, numbered on from `from` (their positions in the whole
 * document).
 */
export async function appendDocumentRows(
  em: EntityManager, id: string, documentLanguage: LanguageCode, paragraphs: Paragraph[], citations: FoundCitation[],
  from: { paragraph: number; citation: number } = { paragraph: 0, citation: 0 },
): Promise<void> {
  await insertRows(em, ParagraphEntity, paragraphRows(id, documentLanguage, paragraphs, from));
  await insertRows(em, CitationEntity, citationRows(id, citations, from));
}

function paragraphRows(id: string, documentLanguage: LanguageCode, paragraphs: Paragraph[], from: { paragraph: number }): PlainRow[] {
  const language = documentLanguage.toUpperCase() as Language;
  return paragraphs.map((paragraph, index) => ({
    document: id, position: from.paragraph + index, number: paragraph.number, text: paragraph.text, start: paragraph.start, end: paragraph.end, role: paragraph.role ?? ParagraphRole.BODY, language,
  }));
}

function citationRows(id: string, citations: FoundCitation[], from: { citation: number }): PlainRow[] {
  return citations.map((citation, index) => {
    const position = from.citation + index;
    return {
      document: id, position, text: citation.text, paragraph: citation.paragraph, start: citation.start, end: citation.end,
      resolution: citation.resolution, revision: citation.revision?.label ?? null, confidence: citation.confidence,
      sortKey: `${id}|${String(position).padStart(6, '0')}`,
    };
  });
}

/** The last step of a document written in steps: from now on it counts as stored, and unchanged next time. */
export async function finishDocument(em: EntityManager, id: string, contentHash: string): Promise<void> {
  await em.nativeUpdate(DocumentEntity, { id }, { contentHash });
}

export interface DocumentSymbolFact { document: string; symbol: string; source: StoredProvenance }

/** Replaces the symbols that one curated document states, inside the caller's transaction. */
export async function storeDocumentSymbols(em: EntityManager, statedIn: string, facts: DocumentSymbolFact[]): Promise<void> {
  await em.nativeDelete(DocumentSymbolEntity, { statedIn });
  if (facts.length) {
    await em.insertMany(DocumentSymbolEntity, facts.map((fact) => ({ documentId: fact.document, symbol: fact.symbol, statedIn, source: fact.source })));
  }
}
