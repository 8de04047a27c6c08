import type { Citation, Issuer, LanguageCode } from '../types';
import type { FoundCitation } from './find';
import { resolveConference } from './gazetteer';

export interface CitationContext {
  language?: LanguageCode;
  /** Issuer of the document being read: a bare "Resolution 2" in PP Final Acts is a PP resolution. */
  documentIssuer?: Issuer;
  documentConference?: { issuer: Issuer; place?: string; year?: number };
}

const ISSUER_NAMES: [RegExp, Issuer][] = [
  [/^(?:the\s+)?(?:ITU\s+)?Council\b|^理事会|^Conseil|^Consejo|^Совета/u, 'C'],
  [/^(?:the\s+)?(?:World Telecommunication Standardization Assembly|WTSA)\b|世界电信标准化全会/u, 'WTSA'],
  [/^(?:the\s+)?(?:World Telecommunication Development Conference|WTDC)\b|世界电信发展大会/u, 'WTDC'],
  [/^(?:the\s+)?(?:Radiocommunication Assembly|RA)\b/u, 'RA'],
  [/^(?:the\s+)?(?:World Conference on International Telecommunications|WCIT)\b/u, 'WCIT'],
  [/^(?:the\s+)?(?:United Nations\s+)?General Assembly\b|^UNGA\b/u, 'UNGA'],
  [/^(?:the\s+)?(?:\d{4}\s+)?(?:Plenipotentiary Conference|PP)\b|全权代表大会/u, 'PP'],
];

function issuerNamed(words: string): Issuer | null {
  const trimmed = words.trim();
  for (const [pattern, issuer] of ISSUER_NAMES) if (pattern.test(trimmed)) return issuer;
  return null;
}

/**
 * Decides the instrument of a found citation, strongest evidence first: an issuer named right before it
 * or in "of the …" right after it, the conference its revision names, the Council's numbering above
 * 1000, then the document's own issuer. Undecidable: `resolution: null`, low confidence.
 */
export function resolveCitation(found: FoundCitation, context: CitationContext): Citation {
  let issuer: Issuer | null = null;
  let confidence = 0.3;
  const named = /(?:理事会|全权代表大会)$/u.test(found.before) ? issuerNamed(found.before.slice(-6).replace(/^.*?(理事会|全权代表大会)$/u, '$1')) : issuerNamed(found.before);
  const ofClause = /^\s*,?\s*(?:of|adopted by|de la|del|de|du)\s+(.{0,80})/iu.exec(found.after);
  const thisConference = ofClause && /^(?:this|the present)\s+(?:Conference|conference)/u.test(ofClause[1]);
  const after = ofClause && !thisConference ? issuerNamed(ofClause[1]) : null;
  if (named ?? after) {
    issuer = named ?? after;
    confidence = 0.95;
  } else if (found.revision?.place && found.revision.year) {
    issuer = resolveConference(found.revision.place, found.revision.year, found.after);
    if (issuer) confidence = 0.95;
  }
  if (!issuer && /\bC-?\d{2,4}\b|amended C\d/u.test(found.parenthesis)) {
    issuer = 'C';
    confidence = 0.9;
  }
  if (!issuer && found.number >= 1000) {
    issuer = 'C';
    confidence = 0.9;
  }
  const sameConference = !found.revision || !context.documentConference?.year || found.revision.year === context.documentConference.year;
  if (!issuer && context.documentIssuer && (thisConference || sameConference)) {
    issuer = context.documentIssuer;
    confidence = thisConference ? 0.95 : 0.8;
  }
  const resolution = issuer ? `${issuer}-${found.kind}-${found.number}` : null;
  return {
    text: found.text, start: found.start, end: found.end, resolution, issuer, kind: found.kind, number: found.number,
    revision: found.revision, confidence: resolution ? confidence : 0.3,
  };
}
