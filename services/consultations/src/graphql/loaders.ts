import type { EntityManager } from '@mikro-orm/postgresql';
import { entityLoader, findLean, groupLoader } from '@mandate-graph/server-kit';
import { ConsultationEntity, ResponseCountEntity } from '../entities';

export function createLoaders(em: EntityManager) {
  return {
    consultation: entityLoader(em, ConsultationEntity),
    responsesOf: groupLoader(
      (ids) => findLean(em, ResponseCountEntity, { consultation: { $in: ids } }, { orderBy: { category: 'asc' } }),
      (row) => [row.consultation.id],
    ),
    launchedAt: groupLoader(
      (meetings) => findLean(em, ConsultationEntity, { launchedAt: { $in: meetings } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.launchedAt ? [consultation.launchedAt] : []),
    ),
    reviewedAt: groupLoader(
      (meetings) => findLean(em, ConsultationEntity, { reviewedAt: { $in: meetings } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.reviewedAt ? [consultation.reviewedAt] : []),
    ),
    consultationsOfGroup: groupLoader(
      (groups) => findLean(em, ConsultationEntity, { groupId: { $in: groups } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.groupId ? [consultation.groupId] : []),
    ),
    heldUnder: groupLoader(
      (resolutions) => findLean(em, ConsultationEntity, { resolutions: { $overlap: resolutions } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => consultation.resolutions,
    ),
  };
}

export type ConsultationsLoaders = ReturnType<typeof createLoaders>;
