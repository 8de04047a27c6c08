import type { EntityManager } from '@mikro-orm/postgresql';
import { storedProvenance, type DocumentCatalogue, type DocumentSink } from '@mandate-graph/server-kit';
import { RepositoryEntity } from '../entities';
import {
  appendDocumentRows, catalogueDocuments, claimRepository, finishDocument, removeDocument, storeDocument, storeDocumentSymbols, storeNewDocuments,
} from './store-document';

/** Of a document's facts, the documents subgraph keeps the symbols a curator gives documents. */
export const documentsSink: DocumentSink = {
  async write(em, contribution) {
    // A document never stored before stated no symbols: there are none to take back.
    if (contribution.isNew && !contribution.symbols.length) return;
    await storeDocumentSymbols(em, contribution.document, contribution.symbols.map((fact) => ({
      document: fact.document, symbol: fact.symbol, source: storedProvenance(contribution.document, fact.source, contribution.curated),
    })));
  },
  retract: (em, document) => storeDocumentSymbols(em, document, []),
};

export const documentsCatalogue: DocumentCatalogue = {
  claimRepository,
  storeDocument,
  storeNewDocuments,
  appendRows: appendDocumentRows,
  finishDocument,
  documents: catalogueDocuments,
  removeDocument,
  async repositories(em: EntityManager) {
    return (await em.find(RepositoryEntity, {}, { orderBy: { id: 'asc' }, fields: ['id'] })).map((row) => row.id);
  },
  async removeRepository(em: EntityManager, id: string) {
    return (await em.nativeDelete(RepositoryEntity, { id })) > 0;
  },
};
