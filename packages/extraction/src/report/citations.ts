import { formatResolutionId } from '@mandate-graph/vocabulary';
import type { Citation, Issuer, LanguageCode } from '../types';
import { findCitations } from '../citations';

/** A resolution cited in the report, with the contract id it resolves to. */
export interface CitedResolution { id: string; start: number; end: number }

/**
 * Resolution references come from the shared citations module. When it cannot decide an
 * instrument (resolution null) but the number is in the thousands, it is a Council resolution:
 * Council numbers its resolutions from 1000 up since the 1990s, while PP, WTSA and WTDC
 * resolutions stay in the low hundreds.
 */
export function citedResolutions(text: string, language: LanguageCode, documentIssuer: Issuer | undefined): CitedResolution[] {
  const out: CitedResolution[] = [];
  for (const citation of findCitations(text, { language, documentIssuer })) {
    const id = resolutionId(citation);
    if (id) out.push({ id, start: citation.start, end: citation.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function resolutionId(citation: Citation): string | null {
  if (citation.resolution) return citation.resolution;
  if (citation.kind === 'RES' && citation.number >= 1000) return formatResolutionId({ issuer: 'C', kind: 'RES', number: citation.number });
  return null;
}
