export { ingestRepositories, inPart, type DocumentChange, type IngestReport, type IngestFailure, type IngestOptions, type IngestPart, type Progress } from './ingest';
export { openIngestionStore, type IngestionStore } from './store';
export { openRepository, MANIFEST, type Manifest, type Repository, type RepositoryFile } from './repository';
export { workOf } from './translations';
export { readDocuments, IngestError, MAX_DOCUMENT_BYTES, type ReadDocument } from './read-document';
// The extractors are extraction's; ingestion takes them as a parameter, so a run (or a test) can choose.
export { defaultExtractors, NO_REPORT_FACTS, type Extractors, type ReportFacts } from '@mandate-graph/extraction';
export { consoleProgress } from './progress';
export { removeRepository, storedRepositories } from './remove';
