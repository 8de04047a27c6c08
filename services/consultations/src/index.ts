import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { migrations } from './migrations';
import { buildConsultationsSchema } from './graphql/schema';
import { createLoaders, type ConsultationsLoaders } from './graphql/loaders';

export const consultationsSubgraph: SubgraphDefinition<ConsultationsLoaders> = {
  name: 'consultations',
  databaseSchema: 'consultations',
  entities,
  migrations,
  buildSchema: buildConsultationsSchema,
  createLoaders,
};

export * from './entities';
export { storeConsultationFacts } from './ingest/store-facts';
