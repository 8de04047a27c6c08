import type { Citation } from '../types';
import { findRaw } from './find';
import { resolveCitation, type CitationContext } from './resolve';

export { resolveConference, englishPlace } from './gazetteer';
export { parseRevision } from './find';
export type { CitationContext } from './resolve';

/** Only a conjunction between two citations: `Decision 8 and Resolution 113 of the Plenipotentiary Conference`. */
const COORDINATED = /^\s*,?\s*(?:and|et|y|и|or|ou|o|или|و|和|及|与|以及)\s*$/iu;

/**
 * Finds and resolves the citations of ITU instruments in `text` (find → resolve, eyecite-style). A
 * citation coordinated with the next (`Decision 8 and Resolution 113 of the Plenipotentiary Conference`)
 * shares the issuer named after the pair when nothing closer decides it.
 */
export function findCitations(text: string, context: CitationContext = {}): Citation[] {
  const found = findRaw(text);
  return found.map((citation, index) => {
    const resolved = resolveCitation(citation, context);
    const next = found[index + 1];
    if (resolved.resolution || !next || !COORDINATED.test(text.slice(citation.end, next.start))) return resolved;
    const shared = resolveCitation({ ...citation, after: next.after, lastGroup: true }, context);
    return shared.resolution ? shared : resolved;
  });
}
