import type { EntityManager } from '@mikro-orm/postgresql';
import { entityLoader, findLean, groupLoader } from '@mandate-graph/server-kit';
import { ActionEntity, ActionUpdateEntity, GroupEntity, GroupNameEntity, MeetingEntity } from '../entities';

export function createLoaders(em: EntityManager) {
  return {
    group: entityLoader(em, GroupEntity),
    meeting: entityLoader(em, MeetingEntity),
    action: entityLoader(em, ActionEntity),
    namesOfGroup: groupLoader(
      (groups) => findLean(em, GroupNameEntity, { group: { $in: groups } }, { orderBy: { language: 'asc', serial: 'asc' } }),
      (name) => [name.group.id],
    ),
    meetingsOfGroup: groupLoader(
      (groups) => findLean(em, MeetingEntity, { group: { $in: groups } }, { orderBy: { kind: 'asc', number: 'asc' } }),
      (meeting) => [meeting.group.id],
    ),
    actionsOfMeeting: groupLoader(
      (meetings) => findLean(em, ActionEntity, { meeting: { $in: meetings } }, { orderBy: { sortKey: 'asc' } }),
      (action) => [action.meeting.id],
    ),
    actionsReferencing: groupLoader(
      (resolutions) => findLean(em, ActionEntity, { references: { $overlap: resolutions } }, { orderBy: { sortKey: 'asc' } }),
      (action) => action.references,
    ),
    historyOfAction: groupLoader(
      (actions) => findLean(em, ActionUpdateEntity, { action: { $in: actions } }, { orderBy: { serial: 'asc' } }),
      (update) => [update.action.id],
    ),
  };
}

export type MeetingsLoaders = ReturnType<typeof createLoaders>;
