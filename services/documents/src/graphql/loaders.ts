import type { EntityManager } from '@mikro-orm/postgresql';
import { entityLoader, groupLoader } from '@mandate-graph/server-kit';
import { CitationEntity, DocumentEntity, DocumentSymbolEntity, ParagraphEntity, RepositoryEntity } from '../entities';

export function createLoaders(em: EntityManager) {
  return {
    repository: entityLoader(em, RepositoryEntity),
    document: entityLoader(em, DocumentEntity),
    paragraphsOf: groupLoader(
      (ids) => em.find(ParagraphEntity, { document: { $in: ids } }, { orderBy: { document: 'asc', position: 'asc' } }),
      (paragraph) => [paragraph.document.id],
    ),
    citationsOf: groupLoader(
      (ids) => em.find(CitationEntity, { document: { $in: ids } }, { orderBy: { document: 'asc', position: 'asc' } }),
      (citation) => [citation.document.id],
    ),
    symbolsOf: groupLoader(
      (ids) => em.find(DocumentSymbolEntity, { documentId: { $in: ids } }, { orderBy: { serial: 'desc' } }),
      (symbol) => [symbol.documentId],
    ),
  };
}

export type DocumentsLoaders = ReturnType<typeof createLoaders>;
