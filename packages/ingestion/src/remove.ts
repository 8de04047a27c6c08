import type { EntityManager } from '@mikro-orm/postgresql';
import type { IngestionStore } from './store';
import { retractDocument } from './write';

/**
 * Takes a repository out of the graph with all its documents said, each document in its own transaction
 * (as a deleted file is), then the repository itself. Null when no such repository is stored.
 */
export async function removeRepository(store: IngestionStore, id: string): Promise<{ documents: number } | null> {
  const fork = () => store.em.fork() as EntityManager;
  if (!(await storedRepositories(store)).includes(id)) return null;
  const documents = await store.catalogue.documents(fork(), id);
  for (const document of documents) {
    await fork().transactional((em) => retractDocument(em as EntityManager, store, document.id));
  }
  await store.catalogue.removeRepository(fork(), id);
  return { documents: documents.length };
}

/** The ids of the stored repositories, for a message that says which there are. */
export function storedRepositories(store: IngestionStore): Promise<string[]> {
  return store.catalogue.repositories(store.em.fork() as EntityManager);
}
