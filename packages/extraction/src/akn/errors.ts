/** Where in the input a problem was found: a parser position, an element path, or both. */
export interface AknLocation {
  line?: number | null;
  column?: number | null;
  /** Element path such as `cmp_res_102/preface/longTitle`, built from eIds where present. */
  path?: string | null;
}

/**
 * Raised when the input is not well-formed XML, is not Akoma Ntoso, or lacks what an instrument
 * needs (number, kind, issuer). The message always says what went wrong and where, so that a
 * failing ingestion log points straight at the offending line or element.
 */
export class AknError extends Error {
  readonly reason: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly path: string | null;

  constructor(reason: string, where: AknLocation = {}) {
    super(`${reason}${describeLocation(where)}`);
    this.name = 'AknError';
    this.reason = reason;
    this.line = where.line ?? null;
    this.column = where.column ?? null;
    this.path = where.path ?? null;
  }
}

function describeLocation(where: AknLocation): string {
  const parts: string[] = [];
  if (where.line != null && where.line > 0) {
    parts.push(where.column != null && where.column > 0 ? `line ${where.line}, column ${where.column}` : `line ${where.line}`);
  }
  if (where.path) parts.push(`element ${where.path}`);
  return parts.length ? ` (at ${parts.join(', ')})` : '';
}
