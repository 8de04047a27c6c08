import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import type { CurationScope } from '@mandate-graph/server-kit';
import { LANGUAGE_CODES, documentFormatOf, type DocumentFormat, type LanguageCode } from '@mandate-graph/extraction';
import { CURATED_FILE } from './curated';

/**
 * `mandate.json` at a repository's root (optional):
 * { "id": "itu-council", "title": "...", "language": "zh",
 *   "documents": { "report.txt": { "language": "zh", "title": "...", "work": "C22-REPORT-CWG-INTERNET" } },
 *   "curated": ["curated.json"], "curates": { "resolutions": ["C-RES-*"], "groups": ["CWG-INTERNET"] } }
 * `curated` lists overlay files of curated facts (default: `curated.json` when there is one); `curates`
 * names the instruments and groups, other than its own documents', that those facts may speak of.
 */
export interface Manifest {
  id?: string;
  title?: string;
  language?: LanguageCode;
  documents?: Record<string, { language?: LanguageCode; title?: string; work?: string }>;
  curated?: string[];
  curates?: { resolutions?: string[]; groups?: string[] };
}

export interface RepositoryFile {
  /** Id of the repository it is in. */
  repository: string;
  /** Path relative to the repository root, with `/`. */
  relativePath: string;
  absolutePath: string;
  /** `curated`: an overlay of curated facts (JSON). */
  format: DocumentFormat | 'curated';
  /** Document name inside the repository: the path without its extension. */
  name: string;
  language?: LanguageCode;
  title?: string;
  /** The work the manifest says the file is a language version of. */
  work?: string;
}

/** A file the repository holds but may not be read: reported with its reason, never ingested. */
export interface SkippedFile {
  relativePath: string;
  reason: string;
  /** What was stored from it before stays (it is only ambiguous now); otherwise it is taken out. */
  keepsStored?: boolean;
}

export interface Repository {
  id: string;
  title: string | null;
  /** The folder's real path: the repository id is bound to it. */
  root: string;
  files: RepositoryFile[];
  skipped: SkippedFile[];
  /** What its curated facts may speak of besides its own documents and the instruments they hold. */
  curates: CurationScope['declared'];
}

export const MANIFEST = 'mandate.json';

/**
 * A repository id is one path segment: it starts document ids (`REPOSITORY/NAME`), so it has no slash, no
 * dot-dot and no control character.
 */
const REPOSITORY_ID = /^[\p{L}\p{N}][\p{L}\p{N}._-]{0,99}$/u;

function checkRepositoryId(id: unknown, where: string): string {
  if (typeof id !== 'string' || !REPOSITORY_ID.test(id) || id.includes('..')) {
    const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 80)) : String(id);
    throw new Error(`${where}: repository id ${shown} must be 1 to 100 letters, digits, ".", "_" or "-", starting with a letter or digit (such as itu-council)`);
  }
  return id;
}

/** A real path inside the repository's real root (the root itself included). */
function liesInside(root: string, real: string): boolean {
  return real === root || real.startsWith(root + sep);
}

/** A path the manifest names must stay inside the repository. */
function insideRoot(path: string): boolean {
  const normalized = normalize(path);
  return !isAbsolute(path) && normalized !== '..' && !normalized.startsWith(`..${sep}`) && !path.includes('\0');
}
function readManifest(root: string): Manifest {
  const path = join(root, MANIFEST);
  if (!existsSync(path)) return {};
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const languages = [manifest.language, ...Object.values(manifest.documents ?? {}).map((entry) => entry.language)];
  for (const language of languages) {
    if (language !== undefined && !LANGUAGE_CODES.includes(language)) {
      throw new Error(`${path}: language "${language}" is not one of ${LANGUAGE_CODES.join(', ')}`);
    }
  }
  if (manifest.curated !== undefined && !(Array.isArray(manifest.curated) && manifest.curated.every((entry) => typeof entry === 'string'))) {
    throw new Error(`${path}: "curated" must be a list of file paths`);
  }
  for (const entry of [...(manifest.curated ?? []), ...Object.keys(manifest.documents ?? {})]) {
    if (!insideRoot(entry)) throw new Error(`${path}: "${entry.slice(0, 200)}" lies outside the repository; name files by their path inside it`);
  }
  for (const [entry, { work }] of Object.entries(manifest.documents ?? {})) {
    if (work !== undefined && (typeof work !== 'string' || !/^\S(?:.{0,198}\S)?$/.test(work))) {
      throw new Error(`${path}: "work" of "${entry.slice(0, 200)}" must be a name of 1 to 200 characters, without white space at its ends`);
    }
  }
  if (manifest.id !== undefined) checkRepositoryId(manifest.id, `${path}: "id"`);
  const { curates } = manifest;
  const isList = (value: unknown) => value === undefined || (Array.isArray(value) && value.every((entry) => typeof entry === 'string' && entry.trim() !== ''));
  if (curates !== undefined && (typeof curates !== 'object' || curates === null || Array.isArray(curates) || !isList(curates.resolutions) || !isList(curates.groups)
    || Object.keys(curates).some((key) => key !== 'resolutions' && key !== 'groups'))) {
    throw new Error(`${path}: "curates" must be an object with "resolutions" and "groups" lists of ids (a trailing * matches a prefix)`);
  }
  return manifest;
}

/**
 * Every regular file under `directory` whose real path lies inside `root`. A symbolic link is followed only
 * to a regular file inside the repository; one that leaves it, dangles, or names a folder is reported, and
 * so is anything that is not a regular file (a FIFO would block the read for ever).
 */
function walk(directory: string, root: string, skipped: SkippedFile[]): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(directory, entry.name);
    const skip = (reason: string) => skipped.push({ relativePath: relative(root, path).split(sep).join('/'), reason });
    if (entry.isDirectory()) {
      files.push(...walk(path, root, skipped));
    } else if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        skip('symbolic link to nothing');
        continue;
      }
      if (!liesInside(root, target)) skip('symbolic link to a file outside the repository; not read');
      else if (!statSync(target).isFile()) skip('symbolic link to a folder or special file; not followed');
      else files.push(path);
    } else if (entry.isFile()) {
      files.push(path);
    } else {
      skip('not a regular file');
    }
  }
  return files;
}

/**
 * The bytes of a repository file, refused when its real path has left the repository since it was listed
 * (a link swapped in between): the listing's check alone would leave that window open.
 */
export function readRepositoryFile(root: string, file: RepositoryFile): Buffer {
  const real = realpathSync(file.absolutePath);
  if (!liesInside(root, real)) throw new Error('now a link to a file outside the repository; not read');
  return readFileSync(real);
}

/** A folder of documents: every .txt, .md, .html, .xml, .docx, .pdf and .doc file under it, in a stable order. */
export function openRepository(directory: string): Repository {
  // The failure already names the folder: the reason says what is wrong with it.
  if (!existsSync(directory)) throw new Error('no such folder');
  if (!statSync(directory).isDirectory()) throw new Error('a file, not a folder: a repository is a folder of documents');
  // The real path: a link to the folder is the same repository as the folder.
  const root = realpathSync(resolve(directory));
  const manifest = readManifest(root);
  const id = manifest.id ?? checkRepositoryId(basename(root), `${directory}: the folder name (set "id" in ${MANIFEST} to name it otherwise)`);
  const overlays = new Set(manifest.curated ?? (existsSync(join(root, CURATED_FILE)) ? [CURATED_FILE] : []));
  for (const overlay of overlays) {
    if (!existsSync(join(root, overlay))) throw new Error(`${join(root, MANIFEST)}: curated overlay "${overlay}" does not exist`);
  }
  const skipped: SkippedFile[] = [];
  const files = walk(root, root, skipped)
    .map((absolutePath) => ({ absolutePath, relativePath: relative(root, absolutePath).split('\\').join('/') }))
    .filter(({ relativePath }) => overlays.has(relativePath) || (documentFormatOf(relativePath) && relativePath !== MANIFEST))
    .map(({ absolutePath, relativePath }) => {
      const entry = manifest.documents?.[relativePath] ?? {};
      return {
        repository: id,
        relativePath,
        absolutePath,
        format: overlays.has(relativePath) ? 'curated' as const : documentFormatOf(relativePath)!,
        name: relativePath.slice(0, -extname(relativePath).length),
        language: entry.language ?? manifest.language,
        title: entry.title,
        work: entry.work,
      };
    })
    // Overlays last: what they may curate depends on the instruments the repository's documents hold.
    .sort((a, b) => Number(a.format === 'curated') - Number(b.format === 'curated') || a.relativePath.localeCompare(b.relativePath));
  const curates = { resolutions: manifest.curates?.resolutions ?? [], groups: manifest.curates?.groups ?? [] };
  return { id, title: manifest.title ?? null, root, curates, ...withoutSharedNames(files, skipped) };
}

/**
 * Two files that would be one document (`x.html` and `x.txt` are both `REPOSITORY/x`) are both left out
 * and reported: taking either would flip the document at every ingestion.
 */
function withoutSharedNames(files: RepositoryFile[], skipped: SkippedFile[]): { files: RepositoryFile[]; skipped: SkippedFile[] } {
  const byName = new Map<string, RepositoryFile[]>();
  for (const file of files) byName.set(file.name, [...(byName.get(file.name) ?? []), file]);
  const shared = new Set<RepositoryFile>();
  for (const [name, sharing] of byName) {
    if (sharing.length < 2) continue;
    // Word's old binary .doc is not read: beside the same document in a format that is (U.1.doc and U.1.pdf), it gives way.
    const legacy = sharing.filter((file) => file.format === 'doc');
    if (sharing.length - legacy.length === 1) {
      const read = sharing.find((file) => file.format !== 'doc')!;
      for (const file of legacy) {
        shared.add(file);
        skipped.push({ relativePath: file.relativePath, reason: `Word's binary .doc format is not read; ${read.relativePath}, the same document, is read instead` });
      }
      continue;
    }
    for (const file of sharing) {
      shared.add(file);
      const others = sharing.filter((other) => other !== file).map((other) => other.relativePath).join(', ');
      skipped.push({ relativePath: file.relativePath, reason: `it and ${others} would both be document ${file.repository}/${name}; rename one`, keepsStored: true });
    }
  }
  return { files: files.filter((file) => !shared.has(file)), skipped };
}
