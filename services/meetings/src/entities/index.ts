import { FactOrigin } from '@mandate-graph/server-kit';
export { GroupEntity } from './group.entity';
export { GroupNameEntity } from './group-name.entity';
export { MeetingEntity, type StoredCount } from './meeting.entity';
export { ActionEntity } from './action.entity';
export { ActionUpdateEntity } from './action-update.entity';
export { ActionStatus, Assignee, Language } from './enums';

import { GroupEntity } from './group.entity';
import { GroupNameEntity } from './group-name.entity';
import { MeetingEntity } from './meeting.entity';
import { ActionEntity } from './action.entity';
import { ActionUpdateEntity } from './action-update.entity';
export const entities = [FactOrigin, GroupEntity, GroupNameEntity, MeetingEntity, ActionEntity, ActionUpdateEntity];
