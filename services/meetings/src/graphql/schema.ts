import { buildFederatedSchema, type FederatedSchema } from '@mandate-graph/server-kit';
import { DateResolver } from 'graphql-scalars';
import type { MeetingsContext } from './context';
import { GroupResolver } from './group.resolver';
import { MeetingResolver } from './meeting.resolver';
import { ActionResolver, ActionStatusResolver, ResolutionActionsResolver } from './action.resolver';
import { MeetingSeriesResolver, MeetingSeries, meetingSeries } from './series.resolver';

export function buildMeetingsSchema(): Promise<FederatedSchema> {
  return buildFederatedSchema<MeetingsContext>(
    {
      resolvers: [GroupResolver, MeetingResolver, ActionResolver, ActionStatusResolver, ResolutionActionsResolver, MeetingSeriesResolver],
      // Reached only through mandates, which another subgraph resolves.
      orphanedTypes: [MeetingSeries],
      scalarsMap: [{ type: Date, scalar: DateResolver }],
    },
    {
      Group: ({ id }, { loaders }) => loaders.group.load(id),
      Meeting: ({ id }, { loaders }) => loaders.meeting.load(id),
      Action: ({ id }, { loaders }) => loaders.action.load(id),
      MeetingSeries: ({ id }) => meetingSeries(id),
      Resolution: ({ id }) => ({ id }),
    },
  );
}
