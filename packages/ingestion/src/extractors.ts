// The extractors are extraction's; ingestion takes them as a parameter, so a run (or a test) can choose.
export { NO_REPORT_FACTS, type Extractors, type ReportFacts } from '@mandate-graph/extraction';
