import type { EntityManager } from '@mikro-orm/postgresql';
import { declaredInScope, ownedByScope, undeclaredProblem, type CurationProblem, type DocumentSink } from '@mandate-graph/server-kit';
import { GroupEntity } from '../entities';
import { storeMeetingFacts } from './store-facts';

/** Of a document's facts, the meetings subgraph keeps its groups, meetings and the actions they hand out. */
export const meetingsSink: DocumentSink = {
  write: (em, { document, curated, isNew, groups, meetings, actions }) => storeMeetingFacts(em, document, { groups, meetings, actions }, { curated, isNew }),

  retract: (em, document) => storeMeetingFacts(em, document, { groups: [], meetings: [], actions: [] }),

  /**
   * A curator speaks of a group its repository's documents hold, or one its manifest declares; and never
   * renames a group another repository's curator named.
   */
  async curationProblems(em: EntityManager, claims, scope) {
    const about = claims.filter((claim) => claim.about.kind === 'group');
    if (!about.length) return [];
    const ids = [...new Set(about.map((claim) => claim.about.id))];
    const rows = new Map((await em.find(GroupEntity, { id: { $in: ids } })).map((row) => [row.id, row]));
    const problems: CurationProblem[] = [];
    for (const claim of about) {
      const { id } = claim.about;
      const row = rows.get(id);
      if (!ownedByScope(scope, row?.document) && !declaredInScope(scope, 'groups', id)) {
        problems.push({ claim, reason: undeclaredProblem(scope, 'groups', id) });
        continue;
      }
      if (row && claim.sets?.name !== undefined && row.source?.curated && !ownedByScope(scope, row.document) && row.name !== claim.sets.name) {
        problems.push({ claim, reason: `conflicts with ${row.document}, whose curator names ${id} "${row.name}"; that name is kept until the two repositories agree` });
      }
    }
    return problems;
  },
};
