import { defaultExtractors, ingestRepositories, openIngestionStore, type IngestOptions, type IngestReport } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';

/** Ingests repositories into the database at `databaseUrl` as `mandate-graph ingest` does, through a store of its own. */
export async function ingestInto(databaseUrl: string, directories: string[], options: IngestOptions = {}): Promise<IngestReport> {
  const store = await openIngestionStore(databaseUrl, SUBGRAPH_DEFINITIONS);
  try {
    return await ingestRepositories(store, directories, defaultExtractors, undefined, options);
  } finally {
    await store.close();
  }
}
