import { createHash } from 'node:crypto';
import { formatDocumentId } from '@mandate-graph/vocabulary';
import type { EntityManager } from '@mikro-orm/postgresql';
import { defaultExtractors, type Extractors } from '@mandate-graph/extraction';
import type { CataloguedDocument, StoreOutcome } from '@mandate-graph/server-kit';
import { defaultExtractionThreads, ExtractionPool, type ExtractedDocument } from './extraction-pool';
import { documentHash, fileHash, IngestError, readDocuments, refuseOversized, type ReadDocument } from './read-document';
import { openRepository, readRepositoryFile, type Repository, type RepositoryFile } from './repository';
import type { IngestionStore } from './store';
import {
  extract, retractInBatches, ROWS_IN_ONE_TRANSACTION, writeDocument, writeDocumentInSteps, writeNewDocuments, type PendingDocument, type Transaction,
} from './write';

export interface IngestFailure { path: string; reason: string }

export interface IngestReport {
  files: number;
  /** `removed`: stored documents whose file (or Akoma Ntoso component) is gone, taken out with all they said. */
  documents: { created: number; replaced: number; unchanged: number; removed: number };
  paragraphs: number;
  failures: IngestFailure[];
  /** Files read in part: what was left out and why (a PDF's unreadable lines). */
  notices: IngestFailure[];
  seconds: number;
}

export interface IngestOptions {
  /** The folders hold repositories that lived elsewhere: each takes its id over from the folder that held it. */
  moved?: boolean;
  /**
   * This run ingests only part `index` (1 to `count`) of each repository's files, so that `count` runs, in
   * parallel processes, share a repository; together, and followed by a run without a part for the curated
   * overlays, they leave the store one run would.
   */
  part?: IngestPart;
  /**
   * How many new documents are written together in one transaction (50 unless said): 1 writes each in a
   * transaction of its own, the way a changed document is always written.
   */
  documentsPerBatch?: number;
  /**
   * Worker threads that read files and find their facts while the run writes (unless said: one less than the
   * cores, at most 4); 0 reads in the run's own thread. Used for runs of 64 files or more, with the default
   * extractors.
   */
  extractionThreads?: number;
}

export interface IngestPart { index: number; count: number }

/**
 * Whether a file belongs to a part: by a hash of its path, so a file stays in its part as others come and
 * go. Curated overlays belong to no part: one run applies them after every document, and parts cannot know
 * when the others are done, so the run without `--part` that follows the parts applies them (it skips every
 * document the parts stored, by its hash).
 */
export function inPart(file: { relativePath: string; format: string }, part: IngestPart | undefined): boolean {
  if (!part || part.count === 1) return true;
  if (file.format === 'curated') return false;
  return createHash('sha256').update(file.relativePath).digest().readUInt32BE(0) % part.count === part.index - 1;
}

/** Failures a concurrent writer causes (one row inserted by two runs at once, a deadlock): tried again. */
const CONCURRENT_WRITE_STATES = new Set(['23505', '40001', '40P01']);
const WRITE_ATTEMPTS = 5;

function isConcurrentWrite(error: unknown): boolean {
  const { code, sqlState } = (error ?? {}) as { code?: unknown; sqlState?: unknown };
  return CONCURRENT_WRITE_STATES.has(String(sqlState ?? code));
}

/** A document the run wrote or took out (unchanged ones are not told). */
export interface DocumentChange {
  /** `repository/name`. */
  document: string;
  /** The file it was read from, inside its repository. */
  path: string;
  outcome: 'created' | 'replaced' | 'removed';
  paragraphs: number;
}

export interface Progress {
  file(done: number, total: number, current: string, rate: number): void;
  failure(failure: IngestFailure): void;
  /** A file was read, but not all of it. */
  notice?(notice: IngestFailure): void;
  document?(change: DocumentChange): void;
}

/** The database's own words, without the statement (which can be megabytes of the document). */
function storageReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.includes(' - ') ? message.slice(message.lastIndexOf(' - ') + 3) : message;
  return `could not be stored: ${reason.slice(0, 300)}`;
}

/** A file whose documents all carry the same file hash as stored is skipped without being parsed. */
function unchangedOnDisk(stored: readonly CataloguedDocument[], bytes: Uint8Array): boolean {
  if (!stored.length) return false;
  const hash = fileHash(bytes);
  return stored.every((document) => document.contentHash === documentHash(hash, document.format === 'xml' ? document.name : null));
}

/** Files whose stored documents are looked up in one query. */
const FILES_PER_LOOKUP = 200;

/** The stored documents of each of these files, in one query. */
async function storedDocumentsOf(store: IngestionStore, repository: Repository, files: readonly RepositoryFile[]): Promise<Map<string, CataloguedDocument[]>> {
  const byPath = new Map<string, CataloguedDocument[]>(files.map((file) => [file.relativePath, []]));
  const stored = await store.catalogue.documents(store.em.fork() as EntityManager, repository.id, files.map((file) => file.relativePath));
  for (const document of stored) byPath.get(document.path)?.push(document);
  return byPath;
}

/**
 * New documents are written together, in one transaction, up to this many documents or paragraphs and
 * citations: on the embedded store a transaction keeps every reader waiting, so a batch stays short.
 */
const DOCUMENTS_PER_BATCH = 50;
const ROWS_PER_BATCH = 2_000;

/**
 * After this many documents written or removed, the planner's statistics are refreshed: PGlite has no
 * autovacuum to do it, and a server's may come long after the first reads of a large ingest, which would be
 * planned on the row counts of an empty store (and totalCount estimates would be off).
 */
const ANALYZE_AFTER_DOCUMENTS = 1_000;

/** `ANALYZE` of every table the subgraphs keep, and of nothing else on the server. */
async function analyzeStore(store: IngestionStore): Promise<void> {
  const tables = Object.values(store.em.getMetadata().getAll())
    .filter((meta) => !meta.embeddable && !meta.virtual && !meta.abstract && meta.schema && meta.tableName)
    .map((meta) => `"${meta.schema}"."${meta.tableName}"`);
  if (tables.length) await store.em.getConnection().execute(`analyze ${[...new Set(tables)].join(', ')}`);
}

/** Takes out the stored documents of a repository that are neither kept nor written, a batch to a transaction. */
async function retractRemoved(
  store: IngestionStore, repository: Repository, keptPaths: Set<string>, written: Set<string>, progress: Progress | undefined, part: IngestPart | undefined,
): Promise<number> {
  const stored = await store.catalogue.documents(store.em.fork() as EntityManager, repository.id);
  // Another part's run keeps the documents of its own files.
  const ours = stored.filter((document) => inPart({ relativePath: document.path, format: document.format }, part));
  const removed = ours.filter((document) => !keptPaths.has(document.path) && !written.has(document.name));
  await retractInBatches(store, removed.map((document) => document.id), undefined, (from, to) => {
    for (const document of removed.slice(from, to)) progress?.document?.({ document: document.id, path: document.path, outcome: 'removed', paragraphs: 0 });
  });
  return removed.length;
}

/** A file being read: its size, and its documents with their facts (null: unchanged since stored). */
interface Reading { bytes: number; documents: Promise<ExtractedDocument[] | null> }

/**
 * Starts reading a file unless its stored documents carry its hash: its bytes are read and checked here, its
 * documents read and extracted by `read`. A file that cannot be read gives a failed reading, not an exception.
 */
function startReading(
  repository: Repository, file: RepositoryFile, storedDocuments: readonly CataloguedDocument[], read: (file: RepositoryFile, bytes: Uint8Array) => Promise<ExtractedDocument[]>,
): Reading {
  let documents: Promise<ExtractedDocument[] | null>;
  let size = 0;
  try {
    let bytes: Buffer;
    try {
      bytes = readRepositoryFile(repository.root, file);
    } catch (error) {
      throw new IngestError(file.relativePath, (error as Error).message);
    }
    refuseOversized(file, bytes);
    if (unchangedOnDisk(storedDocuments, bytes)) return { bytes: 0, documents: Promise.resolve(null) };
    size = bytes.length;
    documents = read(file, bytes);
  } catch (error) {
    documents = Promise.reject(error);
  }
  // Awaited in its turn; until then its failure is no unhandled rejection.
  documents.catch(() => undefined);
  return { bytes: size, documents };
}

/** Files read ahead of the one being written, at most: two batches' worth keeps the pool busy while one is written; the bytes bound memory. */
const READ_AHEAD = { files: 2 * DOCUMENTS_PER_BATCH, bytes: 16 * 1024 * 1024 };

/**
 * The readings of `files` one after another, each started ahead of its turn while fewer than `limits.files`
 * files and `limits.bytes` bytes are being read (always at least the next one).
 */
function readAhead(files: readonly RepositoryFile[], start: (file: RepositoryFile) => Reading, limits: { files: number; bytes: number }): () => Promise<ExtractedDocument[] | null> {
  const ahead: Reading[] = [];
  let next = 0;
  return () => {
    let bytes = ahead.reduce((sum, reading) => sum + reading.bytes, 0);
    while (next < files.length && (!ahead.length || (ahead.length < limits.files && bytes < limits.bytes))) {
      const reading = start(files[next++]);
      ahead.push(reading);
      bytes += reading.bytes;
    }
    return ahead.shift()!.documents;
  };
}

/**
 * A larger file is read in the run's own thread: from a worker its documents would be held twice at once, in
 * the worker and as the copy the run receives, and a 16 MB report alone takes about a gigabyte to read.
 */
const LARGEST_FILE_FOR_THREADS = 1024 * 1024;

/** Below this many files, a run reads in its own thread: starting the pool would cost more than it saves. */
const FILES_FOR_THREADS = 64;

/** What the repositories of one run share: the store, how to write and read, what is reported so far. */
interface Run {
  store: IngestionStore;
  extractors: Extractors;
  options: IngestOptions;
  progress: Progress | undefined;
  report: IngestReport;
  fail(failure: IngestFailure): void;
  transaction: Transaction;
  pool: ExtractionPool | null;
  documentsPerBatch: number;
  /** Files done, of all the run's repositories. */
  done: number;
  /** Tells the progress which file is next. */
  tell(current: string): void;
}

/** Reads one claimed repository's files (those of the run's part) into the stores, and takes out what left it. */
async function ingestRepository(run: Run, repository: Repository, files: readonly RepositoryFile[]): Promise<void> {
  const { store, extractors, options, progress, report, fail, transaction, pool, documentsPerBatch } = run;
  // Documents to keep: those of files left as they are (unchanged, or failing this time), and those just written.
  const keptPaths = new Set<string>();
  const written = new Set<string>();
  for (const skipped of repository.skipped) {
    if (skipped.keepsStored) keptPaths.add(skipped.relativePath);
    fail({ path: `${repository.root}/${skipped.relativePath}`, reason: skipped.reason });
  }
  const overlays = repository.files.filter((file) => file.format === 'curated' && !inPart(file, options.part));
  if (overlays.length) {
    const reason = `curated overlay left to the run without --part that follows the parts, which applies it after every document`;
    for (const overlay of overlays) {
      report.notices.push({ path: `${repository.root}/${overlay.relativePath}`, reason });
      progress?.notice?.({ path: `${repository.root}/${overlay.relativePath}`, reason });
      keptPaths.add(overlay.relativePath);
    }
  }
  const failFile = (file: RepositoryFile, error: unknown) => {
    // What a failing file stored before stays: nothing already stored is lost.
    keptPaths.add(file.relativePath);
    fail({ path: `${repository.root}/${file.relativePath}`, reason: error instanceof IngestError ? error.reason : storageReason(error) });
  };
  const counted = (file: RepositoryFile, document: ReadDocument, outcome: StoreOutcome) => {
    report.documents[outcome]++;
    report.paragraphs += document.paragraphs.length;
    if (outcome !== 'unchanged') {
      progress?.document?.({ document: formatDocumentId({ repository: repository.id, name: document.name }), path: file.relativePath, outcome, paragraphs: document.paragraphs.length });
    }
  };
  const writeOne = async ({ file, document, extracted }: PendingDocument) => {
    const outcome = document.paragraphs.length + extracted.citations.length > ROWS_IN_ONE_TRANSACTION
      ? await writeDocumentInSteps(transaction, store, repository, file, document, extracted)
      : await transaction((em) => writeDocument(em, store, repository, file, document, extracted));
    counted(file, document, outcome);
  };
  // New documents wait to be written together, a few statements for the lot.
  let pending: PendingDocument[] = [];
  let pendingRows = 0;
  const writePending = async () => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    pendingRows = 0;
    try {
      await transaction((em) => writeNewDocuments(em, store, repository, batch));
      for (const { file, document } of batch) counted(file, document, 'created');
    } catch {
      // One of them cannot be stored: each is written on its own, so that it fails alone.
      for (const item of batch) {
        try {
          await writeOne(item);
        } catch (error) {
          failFile(item.file, error);
        }
      }
    }
  };
  const readHere = async (file: RepositoryFile, bytes: Uint8Array) => (await readDocuments(file, bytes)).map((document) => ({ document, extracted: extract(document, extractors) }));
  const read = pool ? (file: RepositoryFile, bytes: Uint8Array) => (bytes.length <= LARGEST_FILE_FOR_THREADS ? pool.read(file, bytes) : readHere(file, bytes)) : readHere;
  for (let from = 0; from < files.length; from += FILES_PER_LOOKUP) {
    const window = files.slice(from, from + FILES_PER_LOOKUP);
    const stored = await storedDocumentsOf(store, repository, window);
    // With a pool, the next files are read while this one's documents are written.
    const nextRead = readAhead(window, (file) => startReading(repository, file, stored.get(file.relativePath) ?? [], read), pool ? READ_AHEAD : { files: 1, bytes: 0 });
    for (const file of window) {
      const path = `${repository.root}/${file.relativePath}`;
      run.tell(`${repository.id}/${file.relativePath}`);
      try {
        const documents = await nextRead();
        if (!documents) {
          report.documents.unchanged++;
          keptPaths.add(file.relativePath);
        } else {
          const isNewFile = !stored.get(file.relativePath)?.length;
          for (const { document, extracted } of documents) {
            written.add(document.name);
            for (const reason of document.notices) {
              report.notices.push({ path, reason });
              progress?.notice?.({ path, reason });
            }
            const rows = document.paragraphs.length + extracted.citations.length;
            if (documentsPerBatch > 1 && isNewFile && !document.curated && rows <= ROWS_IN_ONE_TRANSACTION) {
              pending.push({ file, document, extracted });
              pendingRows += rows;
              if (pending.length >= documentsPerBatch || pendingRows >= ROWS_PER_BATCH) await writePending();
            } else {
              // Documents are written in the order they are met: the new ones met before this go first.
              await writePending();
              await writeOne({ file, document, extracted });
            }
          }
        }
      } catch (error) {
        failFile(file, error);
      }
      report.files++;
      run.done++;
    }
  }
  await writePending();
  report.documents.removed += await retractRemoved(store, repository, keptPaths, written, progress, options.part);
}

/**
 * Reads repositories into the stores: new documents a batch to a transaction, a changed one in a transaction
 * of its own; a failing document is reported with its path and reason, alone, while the run goes on; an
 * unchanged file costs one hash and one lookup.
 */
export async function ingestRepositories(
  store: IngestionStore, directories: string[], extractors: Extractors, progress?: Progress, options: IngestOptions = {},
): Promise<IngestReport> {
  const started = performance.now();
  const report: IngestReport = { files: 0, documents: { created: 0, replaced: 0, unchanged: 0, removed: 0 }, paragraphs: 0, failures: [], notices: [], seconds: 0 };
  const fail = (failure: IngestFailure) => {
    report.failures.push(failure);
    progress?.failure(failure);
  };
  const repositories: Repository[] = [];
  for (const directory of directories) {
    try {
      repositories.push(openRepository(directory));
    } catch (error) {
      fail({ path: directory, reason: (error as Error).message });
    }
  }
  // A transaction a concurrent run collided with is rolled back whole, so it is simply tried again.
  const transaction: Transaction = async (work) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await store.em.fork().transactional((em) => work(em as EntityManager));
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !isConcurrentWrite(error)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
      }
    }
  };
  const filesOf = (repository: Repository) => repository.files.filter((file) => inPart(file, options.part));
  const total = repositories.reduce((sum, repository) => sum + filesOf(repository).length, 0);
  // Reading and extraction in worker threads, for a run large enough to repay starting them.
  const threads = extractors === defaultExtractors && total >= FILES_FOR_THREADS ? options.extractionThreads ?? defaultExtractionThreads() : 0;
  const pool = ExtractionPool.open(threads);
  const run: Run = {
    store, extractors, options, progress, report, fail, transaction, pool, documentsPerBatch: options.documentsPerBatch ?? DOCUMENTS_PER_BATCH, done: 0,
    tell: (current) => progress?.file(run.done, total, current, run.done / Math.max((performance.now() - started) / 1000, 0.001)),
  };
  try {
    for (const repository of repositories) {
      const refused = await transaction((em) => store.catalogue.claimRepository(em, { id: repository.id, title: repository.title, folder: repository.root }, options));
      if (refused) {
        fail({ path: repository.root, reason: refused });
        run.done += filesOf(repository).length;
        continue;
      }
      await ingestRepository(run, repository, filesOf(repository));
    }
  } finally {
    await pool?.close();
  }
  run.tell('');
  const { created, replaced, removed } = report.documents;
  if (created + replaced + removed >= ANALYZE_AFTER_DOCUMENTS) await analyzeStore(store);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
