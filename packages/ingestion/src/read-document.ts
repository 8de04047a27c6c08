import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  decodeDocument, detectLanguage, normalizeText, readDocumentFile, DocumentError,
  type DocumentText, type InstrumentFact, type Issuer, type LanguageCode, type Paragraph,
} from '@mandate-graph/extraction';
import { CuratedError, parseCuratedOverlay, type CuratedFacts } from './curated';
import type { RepositoryFile } from './repository';

/** One document as read from a file, before extraction (an Akoma Ntoso collection yields several). */
export interface ReadDocument {
  name: string;
  format: RepositoryFile['format'];
  language: LanguageCode;
  title: string | null;
  text: string;
  paragraphs: Paragraph[];
  contentHash: string;
  /** The instrument the document is, when it is one (a component of the Final Acts). */
  instrument: InstrumentFact | null;
  /** Who issued it, so that a bare "Resolution 2" in it resolves. */
  issuer: Issuer | null;
  /** The facts of a curated overlay; null for every other document. */
  curated: CuratedFacts | null;
  /** What reading left out and why (a PDF's unreadable lines): reported, not failed. */
  notices: string[];
}

export class IngestError extends Error {
  constructor(readonly path: string, readonly reason: string) {
    super(`${path}: ${reason}`);
  }
}

/** A document bigger than this is refused rather than risking the run's memory. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

export function fileHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The content hash a document is stored with: its file's, or for a component of a collection (an Akoma
 * Ntoso file holds many), the file's and the component's name, so each changes when the file does.
 */
export function documentHash(fileHashValue: string, component: string | null): string {
  return component === null ? fileHashValue : fileHash(Buffer.from(`${fileHashValue}\n${component}`));
}

/** Refuses a file too big to read safely, before anything reads or hashes it. */
export function refuseOversized(file: Pick<RepositoryFile, 'relativePath'>, bytes: Uint8Array): void {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new IngestError(file.relativePath, `too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
}

export async function readDocuments(file: RepositoryFile, bytes: Uint8Array = readFileSync(file.absolutePath)): Promise<ReadDocument[]> {
  refuseOversized(file, bytes);
  const hash = fileHash(bytes);
  if (file.format === 'curated') {
    let text: string;
    try {
      text = normalizeText(decodeDocument(bytes, file.relativePath));
    } catch (error) {
      if (error instanceof DocumentError) throw new IngestError(file.relativePath, error.explanation);
      throw error;
    }
    return [readCuratedOverlay(file, text, hash)];
  }

  let documents: DocumentText[];
  try {
    documents = await readDocumentFile(bytes, { path: file.relativePath, format: file.format, language: file.language });
  } catch (error) {
    if (error instanceof DocumentError) throw new IngestError(file.relativePath, error.explanation);
    // The parser names the line of malformed XML, and says so when well-formed XML is not Akoma Ntoso.
    if (file.format === 'xml') throw new IngestError(file.relativePath, (error as Error).message);
    throw error;
  }
  return documents.map((document) => {
    if (!document.language) throw new IngestError(file.relativePath, 'cannot tell its language: declare it in mandate.json');
    const component = document.name !== null;
    return {
      ...document,
      name: document.name ?? file.name,
      format: file.format,
      language: document.language,
      // A collection's components are titled by their instruments; a text by the manifest, or its first line.
      title: component ? document.title : file.title ?? document.title,
      contentHash: documentHash(hash, document.name),
      curated: null,
    };
  });
}

function readCuratedOverlay(file: RepositoryFile, text: string, hash: string): ReadDocument {
  let overlay;
  try {
    overlay = parseCuratedOverlay(text, file.repository);
  } catch (error) {
    if (error instanceof CuratedError) throw new IngestError(file.relativePath, error.message);
    throw error;
  }
  const { facts, paragraphs } = overlay;
  const evidence = [...facts.symbols, ...facts.statusFacts, ...facts.mandates, ...facts.groups].map((fact) => fact.source.quote).join('\n');
  return {
    name: file.name, format: 'curated', language: file.language ?? detectLanguage(evidence) ?? 'en',
    title: file.title ?? `Curated facts (${file.relativePath})`, text, paragraphs, contentHash: hash,
    instrument: null, issuer: null, curated: facts, notices: [],
  };
}
