import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import {
  decodeDocument, detectLanguage, normalizeText, parseAkomaNtoso, splitParagraphs, DocumentError,
  type Citation, type InstrumentFact, type Issuer, type LanguageCode, type Paragraph,
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

export function readDocuments(file: RepositoryFile, bytes: Uint8Array = readFileSync(file.absolutePath)): ReadDocument[] {
  if (bytes.length > MAX_DOCUMENT_BYTES) throw new IngestError(file.relativePath, `too large (${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES})`);
  const hash = fileHash(bytes);
  let text: string;
  try {
    text = normalizeText(decodeDocument(bytes, file.relativePath));
  } catch (error) {
    if (error instanceof DocumentError) throw new IngestError(file.relativePath, error.reason);
    throw error;
  }

  if (file.format === 'xml') {
    // The parser names the line of malformed XML, and says so when well-formed XML is not Akoma Ntoso.
    let components;
    try {
      components = parseAkomaNtoso(text);
    } catch (error) {
      throw new IngestError(file.relativePath, (error as Error).message);
    }
    return components.map((component) => ({
      name: component.name,
      format: 'xml',
      language: file.language ?? component.language,
      title: component.title,
      text: component.text,
      paragraphs: component.paragraphs,
      contentHash: fileHash(Buffer.from(`${hash}\n${component.name}`)),
      instrument: component.instrument,
      issuer: component.instrument.issuer,
      curated: null,
    }));
  }

  if (file.format === 'curated') return [readCuratedOverlay(file, text, hash)];

  const language = file.language ?? detectLanguage(text);
  if (!language) throw new IngestError(file.relativePath, 'cannot tell its language: declare it in mandate.json');
  const paragraphs = splitParagraphs(text, file.format);
  const firstLine = text.split('\n', 1)[0].trim();
  return [{
    name: file.name, format: file.format, language, title: file.title ?? (firstLine.slice(0, 200) || null), text, paragraphs,
    contentHash: hash, instrument: null, issuer: null, curated: null,
  }];
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
    instrument: null, issuer: null, curated: facts,
  };
}

/** The paragraph a span of the document text falls in. */
export function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | null {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (offset < paragraph.start) high = middle - 1;
    else if (offset >= paragraph.end) low = middle + 1;
    else return paragraph;
  }
  return null;
}

export type { Citation };
