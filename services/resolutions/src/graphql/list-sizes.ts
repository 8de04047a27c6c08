import type { ListSizeQueries } from '@mandate-graph/server-kit';

const mandatesByActivity = 'select count(distinct "resolution_id") from "resolutions"."mandate" group by "activity_id"';

/** The lists this subgraph resolves, one row per parent with its list's length. */
export const resolutionListSizes: ListSizeQueries = {
  'Resolution.cites': 'select count(distinct "cited") from "resolutions"."resolution_citation" group by "citing_id"',
  'Resolution.citedBy': 'select count(distinct "citing_id") from "resolutions"."resolution_citation" group by "cited"',
  'Resolution.mandates': 'select count(*) from "resolutions"."mandate" group by "resolution_id"',
  'Resolution.operativeClauses': 'select count(*) from "resolutions"."operative_clause" group by "resolution_id"',
  'Resolution.revisions': 'select jsonb_array_length("revisions") from "resolutions"."resolution"',
  'Resolution.recitals': 'select jsonb_array_length("recitals") from "resolutions"."resolution"',
  'Group.establishedBy': `select count(distinct "resolution_id") from "resolutions"."mandate" where "relation" = 'ESTABLISHES' group by "activity_id"`,
  // A meeting's or consultation's mandates include those on its series and group: the group's count bounds them.
  'Meeting.mandatedBy': mandatesByActivity,
  'Consultation.mandatedBy': mandatesByActivity,
};
