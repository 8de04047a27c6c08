/** Why a document could not be turned into text. */
export type DocumentErrorReason =
  | 'binary file' | 'unknown encoding' | 'empty document'
  // Word and PDF files: a format not read, a file that is not what its name says, no text a reader could use.
  | 'unsupported format' | 'unreadable file' | 'no readable text layer' | 'too large';

/**
 * Raised by decodeDocument and the Word and PDF readers. `reason` is one of a few fixed strings (so callers can branch on it);
 * the message adds where the problem is (path, byte offset) and what was seen, so an ingestion log
 * points straight at the file to fix.
 */
export class DocumentError extends Error {
  readonly path: string;
  readonly reason: DocumentErrorReason;
  /** Byte offset of the first offending byte, when there is one. */
  readonly offset: number | null;
  /** What was seen, for the person who fixes the file. */
  readonly detail: string | null;
  /** The reason with what was seen, as a failure report prints it: `binary file (NUL byte at offset 12)`. */
  readonly explanation: string;

  constructor(reason: DocumentErrorReason, path: string, detail?: string, offset: number | null = null) {
    const explanation = `${reason}${detail ? ` (${detail})` : ''}`;
    super(`${path}: ${explanation}`);
    this.explanation = explanation;
    this.name = 'DocumentError';
    this.path = path;
    this.reason = reason;
    this.offset = offset;
    this.detail = detail ?? null;
  }
}
