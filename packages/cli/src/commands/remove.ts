import { openIngestionStore, removeRepository, storedRepositories } from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from '../subgraphs';
import { openDatabase } from '../database';

/** `mandate-graph remove REPOSITORY...`: each repository and all it said leave the graph; exits 1 if one is unknown. */
export async function runRemove(ids: string[]): Promise<number> {
  if (!ids.length) throw new Error('remove needs the id of a repository, such as mandate-graph remove itu-council');
  const database = await openDatabase({ shareRunning: true });
  try {
    const store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
    try {
      let unknown = 0;
      for (const id of ids) {
        const removed = await removeRepository(store, id);
        if (removed) {
          console.log(`Removed repository ${id}: ${removed.documents} documents and everything they said.`);
        } else {
          unknown++;
          const known = await storedRepositories(store);
          console.error(`No repository ${id} is stored${known.length ? ` (there are: ${known.join(', ')})` : ''}; nothing was removed.`);
        }
      }
      return unknown ? 1 : 0;
    } finally {
      await store.close();
    }
  } finally {
    await database.close();
  }
}
