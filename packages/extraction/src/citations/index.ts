import type { Citation } from '../types';
import { findRaw } from './find';
import { resolveCitation, type CitationContext } from './resolve';

export { resolveConference, englishPlace } from './gazetteer';
export { parseRevision } from './find';
export type { CitationContext } from './resolve';

/** Finds and resolves the citations of ITU instruments in `text` (find → resolve, eyecite-style). */
export function findCitations(text: string, context: CitationContext = {}): Citation[] {
  return findRaw(text).map((found) => resolveCitation(found, context));
}
