import { registerEnumType } from 'type-graphql';
import {
  enumObject, ASSIGNEES, ACTION_STATUSES, LANGUAGES, type Assignee as AssigneeValue, type ActionStatus as ActionStatusValue, type Language as LanguageValue,
} from '@mandate-graph/vocabulary';

// The values come from the contract's vocabulary; here they become GraphQL enums.

export const Assignee = enumObject(ASSIGNEES);
export type Assignee = AssigneeValue;
registerEnumType(Assignee, { name: 'Assignee', description: 'Who a follow-up action is given to.' });

export const ActionStatus = enumObject(ACTION_STATUSES);
export type ActionStatus = ActionStatusValue;
registerEnumType(ActionStatus, { name: 'ActionStatus' });

// The documents subgraph's Language, the same enum: a group's names are in the languages of documents.
export const Language = enumObject(LANGUAGES);
export type Language = LanguageValue;
registerEnumType(Language, { name: 'Language', description: 'The six official languages of the UN.' });
