import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { documentsCatalogue, documentsSink } from './ingest/sink';
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
  sink: documentsSink,
  catalogue: documentsCatalogue,
};

export * from './entities';
export { storeDocument, storeDocumentSymbols, type DocumentSymbolFact } from './ingest/store-document';
