import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { consultationsSink } from './ingest/sink';
import { migrations } from './migrations';
import { buildConsultationsSchema } from './graphql/schema';
import { createLoaders, type ConsultationsLoaders } from './graphql/loaders';
import { consultationListSizes } from './graphql/list-sizes';

export const consultationsSubgraph: SubgraphDefinition<ConsultationsLoaders> = {
  name: 'consultations',
  databaseSchema: 'consultations',
  entities,
  migrations,
  buildSchema: buildConsultationsSchema,
  createLoaders,
  listSizes: consultationListSizes,
  sink: consultationsSink,
};

export * from './entities';
export { storeConsultationFacts } from './ingest/store-facts';
