import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { IngestError, type ReadDocument } from './read-document';
import type { RepositoryFile } from './repository';
import type { Extracted } from './write';

/** A document of a file, read, with what the extractors found in it. */
export interface ExtractedDocument { document: ReadDocument; extracted: Extracted }

export interface ReadRequest { task: number; file: RepositoryFile; bytes: Uint8Array }
export type ReadResponse = { task: number } & (
  | { documents: ExtractedDocument[] }
  /** An `IngestError`: the file cannot be read, and why. */
  | { refused: { path: string; reason: string } }
  | { failed: string }
);

/** The compiled worker beside this module; absent where the sources run directly (the tests), and then no pool. */
const WORKER_SCRIPT = join(__dirname, 'extraction-worker.js');

/** Threads a run reads with, unless told: one core stays for the writing thread (and a local database). */
export function defaultExtractionThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Task { request: ReadRequest; resolve(documents: ExtractedDocument[]): void; reject(error: Error): void }

/**
 * Worker threads that read files and find their facts with the default extractors, so that a run writes one
 * batch of documents while the next files are read. A worker that dies fails only the file it was reading,
 * and another takes its place.
 */
export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Task[] = [];
  private readonly running = new Map<Worker, Task>();
  private nextTask = 0;
  private closed = false;

  private constructor(threads: number) {
    for (let index = 0; index < threads; index++) this.idle.push(this.spawn());
  }

  /** A pool of `threads` workers; null for none, or where the compiled worker is not there to run. */
  static open(threads: number): ExtractionPool | null {
    return threads >= 1 && existsSync(WORKER_SCRIPT) ? new ExtractionPool(threads) : null;
  }

  /** The documents of a file and their facts, as `readDocuments` and `extract` give them; an `IngestError` when it cannot be read. */
  read(file: RepositoryFile, bytes: Uint8Array): Promise<ExtractedDocument[]> {
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ request: { task: this.nextTask++, file, bytes }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new Error('the extraction pool is closed'));
    const workers = [...this.idle.splice(0), ...this.running.keys()];
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage(task.request);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SCRIPT);
    worker.on('message', (response: ReadResponse) => {
      const task = this.running.get(worker);
      if (!task || task.request.task !== response.task) return;
      this.running.delete(worker);
      this.idle.push(worker);
      if ('documents' in response) task.resolve(response.documents);
      else if ('refused' in response) task.reject(new IngestError(response.refused.path, response.refused.reason));
      else task.reject(new Error(response.failed));
      this.dispatch();
    });
    const lost = (reason: string) => {
      if (this.closed) return;
      const task = this.running.get(worker);
      this.running.delete(worker);
      const index = this.idle.indexOf(worker);
      if (index >= 0) this.idle.splice(index, 1);
      task?.reject(new IngestError(task.request.file.relativePath, `its reading stopped: ${reason}`));
      this.idle.push(this.spawn());
      this.dispatch();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => {
      if (this.running.has(worker) || this.idle.includes(worker)) lost(`the reading thread exited with code ${code}`);
    });
    return worker;
  }
}
