import { registerEnumType } from 'type-graphql';
import { enumObject, ASSIGNEES, ACTION_STATUSES, type Assignee as AssigneeValue, type ActionStatus as ActionStatusValue } from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const Assignee = enumObject(ASSIGNEES);
export type Assignee = AssigneeValue;
registerEnumType(Assignee, { name: 'Assignee', description: 'Who a follow-up action is given to.' });

export const ActionStatus = enumObject(ACTION_STATUSES);
export type ActionStatus = ActionStatusValue;
registerEnumType(ActionStatus, { name: 'ActionStatus' });
