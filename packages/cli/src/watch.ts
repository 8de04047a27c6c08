import { relative, resolve as resolvePath, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import {
  defaultExtractors, ingestRepositories, openIngestionStore, type DocumentChange, type IngestFailure, type IngestionStore, type Progress,
} from '@mandate-graph/ingestion';
import { SUBGRAPH_DEFINITIONS } from './subgraphs';

/** Changes are gathered this long after the last one, so that a copy of many files is one run. */
const SETTLE_MS = 300;

/** Watching from the moment `watchRepositories` resolves. */
export interface RepositoryWatcher {
  close(): Promise<void>;
}

type Log = (line: string) => void;

/** One line per document written or taken out, and per failure; unchanged files say nothing. */
function watchProgress(log: Log): Progress {
  return {
    file() {},
    failure(failure: IngestFailure) {
      log(`watch: ${failure.path}: not ingested: ${failure.reason}`);
    },
    notice(notice: IngestFailure) {
      log(`watch: ${notice.path}: ${notice.reason}`);
    },
    document(change: DocumentChange) {
      const paragraphs = change.outcome === 'removed' ? '' : ` (${change.paragraphs} paragraph${change.paragraphs === 1 ? '' : 's'})`;
      log(`watch: ${change.document} ${change.outcome}${paragraphs} from ${change.path}`);
    },
  };
}

/**
 * `npm start --watch`: each repository folder is watched; when files in it are added, changed or removed,
 * the repository is ingested again while the graph serves. Unchanged files cost a hash each, changed ones
 * are read again, and removed ones are retracted, each document in its own transaction, so readers see
 * a document before or after, never half of it. One run at a time: changes made during a run start
 * another when it ends.
 */
export async function watchRepositories(databaseUrl: string, repositories: string[], log: Log = console.log): Promise<RepositoryWatcher> {
  const roots = repositories.map((repository) => resolvePath(repository));
  const store: IngestionStore = await openIngestionStore(databaseUrl, SUBGRAPH_DEFINITIONS);
  const progress = watchProgress(log);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let closed = false;

  const rootOf = (path: string) => roots.find((root) => path === root || path.startsWith(root + sep));

  const runPending = async (): Promise<void> => {
    while (pending.size && !closed) {
      const batch = [...pending];
      pending.clear();
      try {
        const report = await ingestRepositories(store, batch, defaultExtractors, progress);
        const { created, replaced, removed } = report.documents;
        if (created + replaced + removed + report.failures.length === 0) continue;
        log(`watch: ${batch.length} repositor${batch.length === 1 ? 'y' : 'ies'} read again in ${report.seconds.toFixed(1)} s: ${created} created, ${replaced} replaced, ${removed} removed`);
      } catch (error) {
        // A store that stopped answering: said, and tried again on the next change; the graph serves on.
        log(`watch: could not ingest ${batch.join(', ')}: ${(error as Error).message}`);
      }
    }
  };

  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running ??= runPending().finally(() => {
        running = null;
        // Changes that arrived while the last run was finishing.
        if (pending.size && !closed) arm();
      });
    }, SETTLE_MS);
  };
  const schedule = (path: string) => {
    const root = rootOf(resolvePath(path));
    if (!root || closed) return;
    pending.add(root);
    arm();
  };

  const watcher: FSWatcher = watch(roots, {
    ignoreInitial: true,
    // Links are not followed: a repository reads only its own files (ingestion checks each path again).
    followSymlinks: false,
    // An editor writes a file in several steps: the change is taken once the size has settled.
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
    // Hidden files and folders inside a repository (.git, an editor's swap files) are not documents.
    ignored: (path) => {
      const root = rootOf(resolvePath(path));
      return root !== undefined && relative(root, resolvePath(path)).split(sep).some((part) => part.startsWith('.') && part !== '..');
    },
  });
  for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, schedule);
  watcher.on('error', (error) => log(`watch: ${(error as Error).message}`));
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  log(`Watching ${roots.length} repositor${roots.length === 1 ? 'y' : 'ies'} for changes: ${roots.join(', ')}`);

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
      await store.close();
    },
  };
}
