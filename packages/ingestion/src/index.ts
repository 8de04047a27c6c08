export { ingestRepositories, type DocumentChange, type IngestReport, type IngestFailure, type IngestOptions, type Progress } from './ingest';
export { openIngestionStore, type IngestionStore } from './store';
export { openRepository, MANIFEST, type Manifest, type Repository, type RepositoryFile } from './repository';
export { readDocuments, IngestError, MAX_DOCUMENT_BYTES, type ReadDocument } from './read-document';
export { NO_REPORT_FACTS, type Extractors, type ReportFacts } from './extractors';
export { consoleProgress } from './progress';
export { defaultExtractors } from './default-extractors';
export { removeRepository, storedRepositories } from './remove';
