import type { EntityManager } from '@mikro-orm/postgresql';
import { entityLoader, groupLoader } from '@mandate-graph/server-kit';
import { ConsultationEntity, ResponseCountEntity } from '../entities';

export function createLoaders(em: EntityManager) {
  return {
    consultation: entityLoader(em, ConsultationEntity),
    responsesOf: groupLoader(
      (ids) => em.find(ResponseCountEntity, { consultation: { $in: ids } }, { orderBy: { category: 'asc' } }),
      (row) => [row.consultation.id],
    ),
    launchedAt: groupLoader(
      (meetings) => em.find(ConsultationEntity, { launchedAt: { $in: meetings } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.launchedAt ? [consultation.launchedAt] : []),
    ),
    reviewedAt: groupLoader(
      (meetings) => em.find(ConsultationEntity, { reviewedAt: { $in: meetings } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.reviewedAt ? [consultation.reviewedAt] : []),
    ),
    consultationsOfGroup: groupLoader(
      (groups) => em.find(ConsultationEntity, { groupId: { $in: groups } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => (consultation.groupId ? [consultation.groupId] : []),
    ),
    heldUnder: groupLoader(
      (resolutions) => em.find(ConsultationEntity, { resolutions: { $overlap: resolutions } }, { orderBy: { sortKey: 'asc' } }),
      (consultation) => consultation.resolutions,
    ),
  };
}

export type ConsultationsLoaders = ReturnType<typeof createLoaders>;
