import type { EntityManager } from '@mikro-orm/postgresql';
import type { IngestionStore } from './store';
import { retractInBatches } from './write';

/**
 * Takes a repository out of the graph with all its documents said, a batch of documents to a transaction (as
 * deleted files are), then the repository itself. Null when no such repository is stored.
 */
export async function removeRepository(
  store: IngestionStore, id: string, options: { documentsPerBatch?: number } = {},
): Promise<{ documents: number } | null> {
  const fork = () => store.em.fork() as EntityManager;
  if (!(await storedRepositories(store)).includes(id)) return null;
  const documents = await store.catalogue.documents(fork(), id);
  await retractInBatches(store, documents.map((document) => document.id), options.documentsPerBatch);
  await store.catalogue.removeRepository(fork(), id);
  return { documents: documents.length };
}

/** The ids of the stored repositories, for a message that says which there are. */
export function storedRepositories(store: IngestionStore): Promise<string[]> {
  return store.catalogue.repositories(store.em.fork() as EntityManager);
}
