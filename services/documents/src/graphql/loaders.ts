import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityLoader, findLean, groupLoader } from '@mandate-graph/server-kit';
import { CitationEntity, DocumentEntity, DocumentSymbolEntity, ParagraphEntity, RepositoryEntity } from '../entities';

export function createLoaders(em: EntityManager) {
  return {
    repository: entityLoader(em, RepositoryEntity),
    document: entityLoader(em, DocumentEntity),
    paragraphsOf: groupLoader(
      (ids) => findLean(em, ParagraphEntity, { document: { $in: ids } }, { orderBy: { document: 'asc', position: 'asc' } }),
      (paragraph) => [paragraph.document.id],
    ),
    citationsOf: groupLoader(
      (ids) => findLean(em, CitationEntity, { document: { $in: ids } }, { orderBy: { document: 'asc', position: 'asc' } }),
      (citation) => [citation.document.id],
    ),
    symbolsOf: groupLoader(
      (ids) => findLean(em, DocumentSymbolEntity, { documentId: { $in: ids } }, { orderBy: { serial: 'desc' } }),
      (symbol) => [symbol.documentId],
    ),
    translationsOf: new DataLoader<string, DocumentEntity[]>((ids) => translationsOf(em, [...ids])),
  };
}

/**
 * Each document's versions in the other languages: the documents of the same work, and those a curator
 * gave the same symbol (`C22/INF/5` in English and in Chinese), in four statements for all the documents asked.
 */
async function translationsOf(em: EntityManager, ids: string[]): Promise<DocumentEntity[][]> {
  const sources = await findLean(em, DocumentEntity, { id: { $in: ids } });
  const symbols = await findLean(em, DocumentSymbolEntity, { documentId: { $in: ids } });
  const sharing = symbols.length ? await findLean(em, DocumentSymbolEntity, { symbol: { $in: [...new Set(symbols.map((row) => row.symbol))] } }) : [];
  const works = [...new Set(sources.flatMap((source) => (source.work ? [source.work] : [])))];
  const candidates = works.length || sharing.length
    ? await findLean(em, DocumentEntity, { $or: [{ work: { $in: works } }, { id: { $in: sharing.map((row) => row.documentId) } }] }, { orderBy: { language: 'asc', id: 'asc' } })
    : [];
  return ids.map((id) => {
    const source = sources.find((document) => document.id === id);
    if (!source) return [];
    const ownSymbols = new Set(symbols.filter((row) => row.documentId === id).map((row) => row.symbol));
    const sameSymbol = new Set(sharing.filter((row) => ownSymbols.has(row.symbol)).map((row) => row.documentId));
    return candidates.filter((candidate) => candidate.id !== id && candidate.language !== source.language
      && ((source.work !== null && candidate.work === source.work) || sameSymbol.has(candidate.id)));
  });
}

export type DocumentsLoaders = ReturnType<typeof createLoaders>;
