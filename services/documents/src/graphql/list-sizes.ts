import type { ListSizeQueries } from '@mandate-graph/server-kit';

/** The lists this subgraph resolves, one row per parent with its list's length. */
export const documentListSizes: ListSizeQueries = {
  'Document.paragraphs': 'select count(*) from "documents"."paragraph" group by "document_id"',
  'Document.citations': 'select count(*) from "documents"."citation" group by "document_id"',
  // A list at the root: its one "parent" is the query.
  'Query.repositories': 'select count(*) from "documents"."repository"',
};
