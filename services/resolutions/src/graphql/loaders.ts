import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { entityLoader, groupLoader } from '@mandate-graph/server-kit';
import {
  MandateEntity, MandateRelation, OperativeClauseEntity, ResolutionCitationEntity, ResolutionEntity, ResolutionStatus, RevisionSightingEntity,
  parseResolutionId, resolutionSortKey,
} from '../entities';

/** A resolution that documents cite but none describes is still a node: its id says what it is. */
function citedOnly(id: string): ResolutionEntity | null {
  const parsed = parseResolutionId(id);
  if (!parsed) return null;
  return Object.assign(new ResolutionEntity(), { id, ...parsed, sortKey: resolutionSortKey(id), status: ResolutionStatus.UNKNOWN });
}

export function createLoaders(em: EntityManager) {
  const stored = entityLoader(em, ResolutionEntity);
  return {
    resolution: stored,
    /** For references from other subgraphs: known rows, or the node a bare id describes. */
    resolutionOrCited: new DataLoader<string, ResolutionEntity | null>(async (ids) => {
      const rows = await stored.loadMany(ids);
      return rows.map((row, index) => (row instanceof Error ? row : row ?? citedOnly(ids[index])));
    }),
    clausesOf: groupLoader(
      (ids) => em.find(OperativeClauseEntity, { resolution: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (clause) => [clause.resolution.id],
    ),
    mandatesOf: groupLoader(
      (ids) => em.find(MandateEntity, { resolution: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.resolution.id],
    ),
    mandatesOn: groupLoader(
      (activities) => em.find(MandateEntity, { activityId: { $in: activities } }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.activityId],
    ),
    establishing: groupLoader(
      (groups) => em.find(MandateEntity, { activityId: { $in: groups }, relation: MandateRelation.ESTABLISHES }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.activityId],
    ),
    citationsFrom: groupLoader(
      (ids) => em.find(ResolutionCitationEntity, { citing: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (citation) => [citation.citing.id],
    ),
    sightingsOf: groupLoader(
      (ids) => em.find(RevisionSightingEntity, { resolution: { $in: ids } }, { orderBy: { year: 'asc', serial: 'asc' } }),
      (sighting) => [sighting.resolution.id],
    ),
    citationsTo: groupLoader(
      (ids) => em.find(ResolutionCitationEntity, { cited: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (citation) => [citation.cited],
    ),
  };
}

export type ResolutionsLoaders = ReturnType<typeof createLoaders>;
