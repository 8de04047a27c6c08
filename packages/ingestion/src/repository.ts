import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { LANGUAGE_CODES, type LanguageCode } from '@mandate-graph/extraction';

/**
 * `mandate.json` at a repository's root (optional):
 * { "id": "itu-council", "title": "...", "language": "zh",
 *   "documents": { "report.txt": { "language": "zh", "title": "..." } } }
 */
export interface Manifest {
  id?: string;
  title?: string;
  language?: LanguageCode;
  documents?: Record<string, { language?: LanguageCode; title?: string }>;
}

export interface RepositoryFile {
  /** Path relative to the repository root, with `/`. */
  relativePath: string;
  absolutePath: string;
  format: 'txt' | 'md' | 'html' | 'xml';
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
  const files = walk(root)
    .filter((path) => FORMATS[extname(path).toLowerCase()] && basename(path) !== MANIFEST)
    .map((absolutePath) => {
      const relativePath = relative(root, absolutePath).split('\\').join('/');
      const entry = manifest.documents?.[relativePath] ?? {};
      return {
        relativePath,
        absolutePath,
        format: FORMATS[extname(absolutePath).toLowerCase()],
        name: relativePath.slice(0, -extname(relativePath).length),
        language: entry.language ?? manifest.language,
        title: entry.title,
      };
    })
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath));
  return { id: manifest.id ?? basename(root), title: manifest.title ?? null, root, files };
}
