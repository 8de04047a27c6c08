import {
  consoleProgress, defaultExtractors, ingestRepositories, openIngestionStore, openRepository, removeRepository, type IngestOptions,
} from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '../subgraphs';
import { SAMPLE_REPOSITORY } from '../paths';
import { openDatabase } from '../database';

/**
 * Ingests the repositories into the database at `databaseUrl`; returns how many documents failed. With
 * `removeSamples`, the project's sample reports are taken out too, when an earlier start put them there.
 */
export async function ingestInto(databaseUrl: string, directories: string[], options: IngestOptions & { removeSamples?: boolean } = {}): Promise<number> {
  const store = await openIngestionStore(databaseUrl, SUBGRAPH_DEFINITIONS);
  try {
    const report = await ingestRepositories(store, directories, defaultExtractors, consoleProgress(), options);
    const samples = options.removeSamples ? await removeRepository(store, openRepository(SAMPLE_REPOSITORY).id) : null;
    if (samples) console.log(`Removed the sample reports (${samples.documents} documents): real repositories are configured.`);
    const { created, replaced, unchanged, removed } = report.documents;
    console.log(
      `${report.files} files: ${created} documents created, ${replaced} replaced, ${unchanged} unchanged` +
        (removed ? `, ${removed} removed` : '') + '; ' +
        `${report.paragraphs} paragraphs in ${report.seconds.toFixed(1)} s` +
        (report.failures.length ? `; ${report.failures.length} failed` : ''),
    );
    return report.failures.length;
  } finally {
    await store.close();
  }
}

/** `mandate-graph ingest [--moved] DIR...`: exits 1 when any document failed (after ingesting all the others). */
export async function runIngest(directories: string[], options: IngestOptions = {}): Promise<number> {
  if (!directories.length) throw new Error('ingest needs at least one repository folder');
  // A graph serving the embedded store already: its store takes the documents, and its answers show them.
  const database = await openDatabase({ shareRunning: true });
  console.log(`Store: ${database.description}`);
  try {
    return (await ingestInto(database.url, directories, options)) ? 1 : 0;
  } finally {
    await database.close();
  }
}
