import type { ListSizeQueries } from '@mandate-graph/server-kit';

const meetingsByGroup = 'select count(*) from "meetings"."meeting" group by "group_id"';

/** The lists this subgraph resolves, one row per parent with its list's length. */
export const meetingListSizes: ListSizeQueries = {
  'Group.meetings': meetingsByGroup,
  'MeetingSeries.meetings': meetingsByGroup,
  'Meeting.actions': 'select count(*) from "meetings"."action" group by "meeting_id"',
  'Action.references': 'select cardinality("references") from "meetings"."action"',
  'Action.history': 'select count(*) from "meetings"."action_update" group by "action_id"',
  'Resolution.actions': 'select count(*) from "meetings"."action", unnest("references") as reference group by reference',
};
