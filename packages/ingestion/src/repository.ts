import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode } from '@mandate-graph/extraction';
import { CURATED_FILE } from './curated';

/**
 * `mandate.json` at a repository's root (optional):
 * { "id": "itu-council", "title": "...", "language": "zh",
 *   "documents": { "report.txt": { "language": "zh", "title": "..." } },
 *   "curated": ["curated.json"] }
 * `curated` lists overlay files of curated facts (default: `curated.json` when there is one).
 */
export interface Manifest {
  id?: string;
  title?: string;
  language?: LanguageCode;
  documents?: Record<string, { language?: LanguageCode; title?: string }>;
  curated?: string[];
}

export interface RepositoryFile {
  /** Id of the repository it is in. */
  repository: string;
  /** Path relative to the repository root, with `/`. */
  relativePath: string;
  absolutePath: string;
  /** `curated`: an overlay of curated facts (JSON). */
  format: 'txt' | 'md' | 'html' | 'xml' | 'curated';
  /** Document name inside the repository: the path without its extension. */
  name: string;
  language?: LanguageCode;
  title?: string;
}

export interface Repository {
  id: string;
  title: string | null;
  root: string;
  files: RepositoryFile[];
}

const FORMATS: Record<string, RepositoryFile['format']> = { '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html', '.xml': 'xml' };
export const MANIFEST = 'mandate.json';

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
  return manifest;
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)]));
}

/** A folder of documents: every .txt, .md, .html and .xml file under it, in a stable order. */
export function openRepository(directory: string): Repository {
  const root = resolve(directory);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new Error(`${directory}: not a directory`);
  const manifest = readManifest(root);
  const id = manifest.id ?? basename(root);
  const overlays = new Set(manifest.curated ?? (existsSync(join(root, CURATED_FILE)) ? [CURATED_FILE] : []));
  for (const overlay of overlays) {
    if (!existsSync(join(root, overlay))) throw new Error(`${join(root, MANIFEST)}: curated overlay "${overlay}" does not exist`);
  }
  const files = walk(root)
    .map((absolutePath) => ({ absolutePath, relativePath: relative(root, absolutePath).split('\\').join('/') }))
    .filter(({ relativePath }) => overlays.has(relativePath) || (FORMATS[extname(relativePath).toLowerCase()] && relativePath !== MANIFEST))
    .map(({ absolutePath, relativePath }) => {
      const entry = manifest.documents?.[relativePath] ?? {};
      return {
        repository: id,
        relativePath,
        absolutePath,
        format: overlays.has(relativePath) ? 'curated' as const : FORMATS[extname(absolutePath).toLowerCase()],
        name: relativePath.slice(0, -extname(relativePath).length),
        language: entry.language ?? manifest.language,
        title: entry.title,
      };
    })
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return { id, title: manifest.title ?? null, root, files };
}
