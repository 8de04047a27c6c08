import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';

/** The process that holds an embedded store's data directory, and where it serves the store (once it does). */
export interface StoreHolder {
  pid: number;
  url: string | null;
}

/** The data directory is held by another live process: opening it too would lose one of the two's writes. */
export class StoreInUseError extends Error {
  constructor(readonly directory: string, readonly holder: StoreHolder) {
    super(
      `The embedded store in ${directory} is in use by process ${holder.pid}` +
        (holder.url ? '' : ', which is still starting') +
        '. Stop that process first, give this one a data directory of its own (MANDATE_DATA_DIR), or use a PostgreSQL server (DATABASE_URL).',
    );
  }
}

export interface DataDirectoryLock {
  /** Tells other processes where the store is served, so that they can use it rather than open it. */
  announce(url: string): void;
  release(): void;
}

/** Lock files this process holds now. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): StoreHolder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<StoreHolder>;
    return Number.isInteger(holder.pid) ? { pid: holder.pid!, url: typeof holder.url === 'string' ? holder.url : null } : null;
  } catch {
    return null;
  }
}

/**
 * One process at a time opens a PGlite data directory: two would each keep their own copy in memory and
 * the last to write would silently win. The lock is a file beside the directory, created exclusively; one
 * left by a process that died is taken over.
 */
export function lockDataDirectory(directory: string): DataDirectoryLock {
  const path = `${directory}.lock`;
  const write = (url: string | null, flag: 'wx' | 'w') => writeFileSync(path, JSON.stringify({ pid: process.pid, url }), { flag, mode: 0o600 });
  if (heldHere.has(path)) throw new StoreInUseError(directory, readHolder(path) ?? { pid: process.pid, url: null });
  for (let attempt = 0; ; attempt++) {
    try {
      write(null, 'wx');
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      // Our own pid in a lock this process does not hold is a previous life's (pids are reused, pid 1 in containers).
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new StoreInUseError(directory, holder);
      if (attempt > 0) throw new StoreInUseError(directory, holder ?? { pid: 0, url: null });
      // Left by a process that is gone (or half-written by one that died writing it).
      unlinkSync(path);
    }
  }
  heldHere.add(path);
  let released = false;
  return {
    announce: (url) => write(url, 'w'),
    release() {
      if (released) return;
      released = true;
      heldHere.delete(path);
      if (readHolder(path)?.pid === process.pid) unlinkSync(path);
    },
  };
}
