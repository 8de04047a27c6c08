import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { entityLoader, findLean, groupLoader } from '@mandate-graph/server-kit';
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

/** What `loadMany` found, without the misses and errors. */
export function found<T extends object>(rows: Array<T | null | Error>): T[] {
  return rows.filter((row): row is T => row !== null && !(row instanceof Error));
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
      (ids) => findLean(em, OperativeClauseEntity, { resolution: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (clause) => [clause.resolution.id],
    ),
    mandatesOf: groupLoader(
      (ids) => findLean(em, MandateEntity, { resolution: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.resolution.id],
    ),
    mandatesOn: groupLoader(
      (activities) => findLean(em, MandateEntity, { activityId: { $in: activities } }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.activityId],
    ),
    establishing: groupLoader(
      (groups) => findLean(em, MandateEntity, { activityId: { $in: groups }, relation: MandateRelation.ESTABLISHES }, { orderBy: { serial: 'asc' } }),
      (mandate) => [mandate.activityId],
    ),
    citationsFrom: groupLoader(
      (ids) => findLean(em, ResolutionCitationEntity, { citing: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (citation) => [citation.citing.id],
    ),
    sightingsOf: groupLoader(
      (ids) => findLean(em, RevisionSightingEntity, { resolution: { $in: ids } }, { orderBy: { year: 'asc', serial: 'asc' } }),
      (sighting) => [sighting.resolution.id],
    ),
    citationsTo: groupLoader(
      (ids) => findLean(em, ResolutionCitationEntity, { cited: { $in: ids } }, { orderBy: { serial: 'asc' } }),
      (citation) => [citation.cited],
    ),
  };
}

export type ResolutionsLoaders = ReturnType<typeof createLoaders>;
