import type { SubgraphDefinition } from '@mandate-graph/server-kit';
import { entities } from './entities';
import { meetingsSink } from './ingest/sink';
import { migrations } from './migrations';
import { buildMeetingsSchema } from './graphql/schema';
import { createLoaders, type MeetingsLoaders } from './graphql/loaders';
import { meetingListSizes } from './graphql/list-sizes';

export const meetingsSubgraph: SubgraphDefinition<MeetingsLoaders> = {
  name: 'meetings',
  databaseSchema: 'meetings',
  entities,
  migrations,
  buildSchema: buildMeetingsSchema,
  createLoaders,
  listSizes: meetingListSizes,
  sink: meetingsSink,
};

export * from './entities';
export { storeMeetingFacts, actionSortKey, type MeetingFacts } from './ingest/store-facts';
