import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildDocumentsSchema } from './graphql/schema';
import { createLoaders, type DocumentsLoaders } from './graphql/loaders';
import { documentListSizes } from './graphql/list-sizes';

export const documentsSubgraph: SubgraphDefinition<DocumentsLoaders> = {
  name: 'documents',
  databaseSchema: 'documents',
  entities,
  migrations,
  buildSchema: buildDocumentsSchema,
  createLoaders,
  listSizes: documentListSizes,
};

export * from './entities';
export {
  storeDocument, appendDocumentRows, finishDocument, storedContentHashes, removeDocument, claimRepository, RepositoryClaimError, storeDocumentSymbols,
  type DocumentRecord, type DocumentSymbolFact, type StoreOutcome,
} from './ingest/store-document';
