import type { EntityManager } from '@mikro-orm/postgresql';
import { ResolutionEntity, ResolutionStatus } from '@mandate-graph/resolutions';
import { GroupEntity } from '@mandate-graph/meetings';
import type { CuratedClaim, CuratedFacts } from './curated';
import { MANIFEST, type Repository } from './repository';

function declared(patterns: string[], id: string): boolean {
  return patterns.some((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id));
}

/**
 * Why the overlay's facts may not be stored, fact by fact (none: they may). A repository's curated facts speak
 * only of its own documents, of the instruments and groups those documents hold, and of those its manifest
 * declares under `curates`; and they never overwrite what another repository's curator stated otherwise.
 */
export async function curationProblems(em: EntityManager, repository: Repository, facts: CuratedFacts): Promise<string[]> {
  const ids = (kind: CuratedClaim['about']['kind']) => [...new Set(facts.claims.filter((claim) => claim.about.kind === kind).map((claim) => claim.about.id))];
  const resolutionIds = ids('resolution');
  const groupIds = ids('group');
  const resolutions = new Map((resolutionIds.length ? await em.find(ResolutionEntity, { id: { $in: resolutionIds } }) : []).map((row) => [row.id, row]));
  const groups = new Map((groupIds.length ? await em.find(GroupEntity, { id: { $in: groupIds } }) : []).map((row) => [row.id, row]));
  // Document ids are `REPOSITORY/NAME`.
  const own = (document: string | null | undefined) => document?.startsWith(`${repository.id}/`) ?? false;
  const undeclared = (what: string, list: 'resolutions' | 'groups') =>
    `${what} is not this repository's to curate: its own documents do not hold it; declare it in ${MANIFEST} under "curates": { "${list}": [...] }`;

  const problems: string[] = [];
  for (const claim of facts.claims) {
    const { kind, id } = claim.about;
    if (kind === 'document') {
      if (!own(id)) problems.push(`${claim.where}: document ${id} belongs to another repository; a repository sets only its own documents' symbols`);
      continue;
    }
    if (kind === 'resolution') {
      const row = resolutions.get(id);
      if (!own(row?.document) && !declared(repository.curates.resolutions, id)) {
        problems.push(`${claim.where}: ${undeclared(id, 'resolutions')}`);
        continue;
      }
      const stated = row?.statusSource;
      if (!row || !claim.sets || !stated?.curated || own(stated.document)) continue;
      const abrogated = claim.sets.abrogated ?? row.status === ResolutionStatus.ABROGATED;
      const mergedInto = claim.sets.mergedInto ?? row.mergedInto;
      if (abrogated !== (row.status === ResolutionStatus.ABROGATED) || mergedInto !== row.mergedInto) {
        const storedSays = [row.status === ResolutionStatus.ABROGATED ? 'abrogated' : 'not abrogated', row.mergedInto ? `merged into ${row.mergedInto}` : 'merged into nothing'].join(', ');
        problems.push(`${claim.where}: conflicts with ${stated.document}, whose curator states ${id} ${storedSays}; that fact is kept until the two repositories agree`);
      }
      continue;
    }
    const row = groups.get(id);
    if (!own(row?.document) && !declared(repository.curates.groups, id)) {
      problems.push(`${claim.where}: ${undeclared(id, 'groups')}`);
      continue;
    }
    if (row && claim.sets?.name !== undefined && row.source?.curated && !own(row.document) && row.name !== claim.sets.name) {
      problems.push(`${claim.where}: conflicts with ${row.document}, whose curator names ${id} "${row.name}"; that name is kept until the two repositories agree`);
    }
  }
  return problems;
}
