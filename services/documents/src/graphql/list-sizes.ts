import { RESOLVED_CONFIDENCE } from '@mandate-graph/extraction';
import type { ListSizeQueries } from '@mandate-graph/server-kit';

/** The lists this subgraph resolves, one row per parent with its list's length. */
export const documentListSizes: ListSizeQueries = {
  'Document.paragraphs': 'select count(*) from "documents"."paragraph" group by "document_id"',
  'Document.citations': 'select count(*) from "documents"."citation" group by "document_id"',
  'Document.unresolved': `select count(*) from "documents"."citation" where "resolution" is null or "confidence" < ${RESOLVED_CONFIDENCE} group by "document_id"`,
  // Versions by shared symbol are few besides; a work's versions are its documents but one.
  'Document.translations': 'select count(*) - 1 from "documents"."document" where "work" is not null group by "work"',
  // A list at the root: its one "parent" is the query.
  'Query.repositories': 'select count(*) from "documents"."repository"',
};
