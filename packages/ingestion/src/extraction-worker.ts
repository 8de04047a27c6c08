import { parentPort } from 'node:worker_threads';
import { defaultExtractors } from '@mandate-graph/extraction';
import type { ReadRequest, ReadResponse } from './extraction-pool';
import { IngestError, readDocuments } from './read-document';
import { extract } from './write';

// A worker thread of the extraction pool: reads a file's documents and finds their facts with the default
// extractors, while the ingesting thread writes what earlier files said.
parentPort?.on('message', async ({ task, file, bytes }: ReadRequest) => {
  let response: ReadResponse;
  try {
    const documents = await readDocuments(file, bytes);
    response = { task, documents: documents.map((document) => ({ document, extracted: extract(document, defaultExtractors) })) };
  } catch (error) {
    response = error instanceof IngestError
      ? { task, refused: { path: error.path, reason: error.reason } }
      : { task, failed: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(response);
});
