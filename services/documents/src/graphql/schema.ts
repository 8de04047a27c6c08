import { buildFederatedSchema, type FederatedSchema } from '@mandate-graph/server-kit';
import type { DocumentsContext } from './context';
import { CitationResolver, DocumentFieldsResolver, DocumentQueries, RepositoryResolver, ResolutionCitedInResolver } from './document.resolver';

export function buildDocumentsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema<DocumentsContext>(
    { resolvers: [DocumentQueries, DocumentFieldsResolver, RepositoryResolver, CitationResolver, ResolutionCitedInResolver] },
    {
      Document: ({ id }, { loaders }) => loaders.document.load(id),
      Repository: ({ id }, { loaders }) => loaders.repository.load(id),
      Resolution: ({ id }) => ({ id }),
    },
  );
}
