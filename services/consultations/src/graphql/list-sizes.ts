import type { ListSizeQueries } from '@mandate-graph/server-kit';

/** The lists this subgraph resolves, one row per parent with its list's length. */
export const consultationListSizes: ListSizeQueries = {
  'ConsultationSeries.consultations': 'select count(*) from "consultations"."consultation" group by "group_id"',
  'Consultation.resolutions': 'select cardinality("resolutions") from "consultations"."consultation"',
  'Meeting.consultationsLaunched': 'select count(*) from "consultations"."consultation" where "launched_at" is not null group by "launched_at"',
  'Meeting.consultationsReviewed': 'select count(*) from "consultations"."consultation" where "reviewed_at" is not null group by "reviewed_at"',
  'Resolution.consultations': 'select count(*) from "consultations"."consultation", unnest("resolutions") as resolution group by resolution',
  'ResponseTally.byCategory': 'select count(*) from "consultations"."response_count" group by "consultation_id"',
};
