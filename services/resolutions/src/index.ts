import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { resolutionsSink } from './ingest/sink';
import { migrations } from './migrations';
import { buildResolutionsSchema } from './graphql/schema';
import { createLoaders, type ResolutionsLoaders } from './graphql/loaders';
import { resolutionListSizes } from './graphql/list-sizes';

export const resolutionsSubgraph: SubgraphDefinition<ResolutionsLoaders> = {
  name: 'resolutions',
  databaseSchema: 'resolutions',
  entities,
  migrations,
  buildSchema: buildResolutionsSchema,
  createLoaders,
  listSizes: resolutionListSizes,
  sink: resolutionsSink,
};

export * from './entities';
export { storeResolutionFacts, type ResolutionFacts } from './ingest/store-facts';
