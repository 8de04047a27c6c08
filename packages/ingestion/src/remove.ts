import type { EntityManager } from '@mikro-orm/postgresql';
import type { IngestionStore } from './store';
import { DOCUMENTS_PER_RETRACTION, retractDocuments } from './write';

/**
 * Takes a repository out of the graph with all its documents said, a batch of documents to a transaction (as
 * deleted files are), then the repository itself. Null when no such repository is stored.
 */
export async function removeRepository(
  store: IngestionStore, id: string, options: { documentsPerBatch?: number } = {},
): Promise<{ documents: number } | null> {
  const perBatch = options.documentsPerBatch ?? DOCUMENTS_PER_RETRACTION;
  const fork = () => store.em.fork() as EntityManager;
  if (!(await storedRepositories(store)).includes(id)) return null;
  const documents = await store.catalogue.documents(fork(), id);
  for (let from = 0; from < documents.length; from += perBatch) {
    const batch = documents.slice(from, from + perBatch).map((document) => document.id);
    await fork().transactional((em) => retractDocuments(em as EntityManager, store, batch));
  }
  await store.catalogue.removeRepository(fork(), id);
  return { documents: documents.length };
}

/** The ids of the stored repositories, for a message that says which there are. */
export function storedRepositories(store: IngestionStore): Promise<string[]> {
  return store.catalogue.repositories(store.em.fork() as EntityManager);
}
