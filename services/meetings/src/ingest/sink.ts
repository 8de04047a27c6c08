import type { EntityManager } from '@mikro-orm/postgresql';
import { judgeClaims, ownedByScope, type DocumentSink } from '@mandate-graph/server-kit';
import { GroupEntity } from '../entities';
import { storeMeetingFacts, storeMeetingFactsOfNewDocuments } from './store-facts';

/** Of a document's facts, the meetings subgraph keeps its groups, meetings and the actions they hand out. */
export const meetingsSink: DocumentSink = {
  write: (em, { document, language, curated, isNew, instrument, groups, meetings, actions }) =>
    storeMeetingFacts(em, document, { groups, meetings, actions }, { curated, isNew, language, namesInPassing: instrument !== null }),

  writeNew: (em, contributions) => storeMeetingFactsOfNewDocuments(em, contributions.map(({ document, language, instrument, groups, meetings, actions }) => ({
    document, facts: { groups, meetings, actions }, options: { language, namesInPassing: instrument !== null },
  }))),

  retract: (em, document) => storeMeetingFacts(em, document, { groups: [], meetings: [], actions: [] }),

  /**
   * A curator speaks of a group its repository's documents hold, or one its manifest declares; and never
   * renames a group another repository's curator named.
   */
  curationProblems: (em: EntityManager, claims, scope) => judgeClaims(claims, scope, 'groups', (ids) => em.find(GroupEntity, { id: { $in: ids } }), (claim, row) =>
    (row && claim.sets?.name !== undefined && row.origin?.source.curated && !ownedByScope(scope, row.origin.document) && row.name !== claim.sets.name
      ? `conflicts with ${row.origin.document}, whose curator names ${claim.about.id} "${row.name}"; that name is kept until the two repositories agree`
      : null)),
};
