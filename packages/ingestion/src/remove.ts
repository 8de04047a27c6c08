import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentEntity, RepositoryEntity } from '@mandate-graph/documents';
import type { IngestionStore } from './store';
import { retractDocument } from './write';

/**
 * Takes a repository out of the graph with all its documents said, each document in its own transaction
 * (as a deleted file is), then the repository itself. Null when no such repository is stored.
 */
export async function removeRepository(store: IngestionStore, id: string): Promise<{ documents: number } | null> {
  const repository = await store.em.fork().findOne(RepositoryEntity, id);
  if (!repository) return null;
  const documents = await store.em.fork().find(DocumentEntity, { repository: id }, { fields: ['id'] });
  for (const document of documents) {
    await store.em.fork().transactional((em) => retractDocument(em as EntityManager, document.id));
  }
  await store.em.fork().nativeDelete(RepositoryEntity, { id });
  return { documents: documents.length };
}

/** The ids of the stored repositories, for a message that says which there are. */
export async function storedRepositories(store: IngestionStore): Promise<string[]> {
  return (await store.em.fork().find(RepositoryEntity, {}, { orderBy: { id: 'asc' }, fields: ['id'] })).map((row) => row.id);
}
