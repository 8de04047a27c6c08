import type { Citation, Issuer, LanguageCode, Revision } from '../types';
import type { FoundCitation } from './find';
import { resolveConference } from './gazetteer';
import { issuerAfter, issuerBefore, type IssuerMention } from './issuers';

export interface CitationContext {
  language?: LanguageCode;
  /** Issuer of the document being read: a bare "Resolution 2" in PP Final Acts is a PP resolution. */
  documentIssuer?: Issuer;
  documentConference?: { issuer: Issuer; place?: string; year?: number };
}

interface Decision { issuer: Issuer | null; confidence: number; revision: Revision | null }

const UNRESOLVED: Decision = { issuer: null, confidence: 0.3, revision: null };

/**
 * Council has numbered its resolutions from 1000 up since the 1990s, while PP, WTSA and WTDC ones stay
 * in the low hundreds. Numbers that read as years are left out: `Resolution 2012` is no Council one.
 */
function isCouncilResolutionNumber(found: FoundCitation): boolean {
  return found.kind === 'RES' && found.number >= 1000 && found.number < 1900;
}

/**
 * Chinese writes a resolution's topic before 第N号决议: in `关于筹备2012WCIT第171号决议` (adopted by the
 * Plenipotentiary Conference) WCIT is what the resolution is about, not who adopted it. A body named after
 * 筹备 ("preparations for") or glued to a year (`2012WCIT`, an event) is the topic.
 */
function namesTopic(found: FoundCitation): boolean {
  return found.language === 'zh' && (/筹备[^，。；、]{0,20}$/u.test(found.before) || /\d{4}\s*(?:WCIT|WTSA|WTDC|PP|RA|WRC)\s*$/u.test(found.before));
}

/** A revision built from the issuer's words, `of the 2010 Plenipotentiary Conference` → `Guadalajara, 2010`. */
function revisionNamed(mention: IssuerMention | null): Revision | null {
  if (!mention?.place || !mention.year) return null;
  return { label: `${mention.place}, ${mention.year}`, place: mention.place, year: mention.year };
}

/**
 * Decides the instrument of a found citation, strongest evidence first, and never by a guess:
 *  1. a body outside the contract named anywhere next to it (`Rev.WRC-15`, `Human Rights Council`): none;
 *  2. an issuer named right before (`Council Resolution`, `理事会第`, `قرار المجلس`) or after it
 *     (`of WTSA`, `du Conseil`, `Совета`, `للمؤتمر العالمي لتنمية الاتصالات`);
 *  3. an issuer the parenthesis names (`C-1985, last amended C19`, `WTSA-16`);
 *  4. the conference its revision's place and year name (`Rev. Hammamet, 2016` → WTSA);
 *  5. Council's numbering of resolutions, 1000 to 1899;
 *  6. the document's own issuer, for "this Conference" and for bare numbers of its own kind.
 * Anything else stays unresolved (`resolution: null`, confidence below 0.5): `Resolution 12` in a
 * document of unknown origin could be any conference's.
 */
function decide(found: FoundCitation, context: CitationContext): Decision {
  if (found.parenthesis?.foreign) return UNRESOLVED;
  // Only English and Chinese write the issuer before the citation (`Council Resolution`, `理事会第`); in the
  // other languages the words before it belong to the sentence, often to the citation before (`…الصادرة عن
  // المجلس والقرار 1`), and the issuer comes between the keyword and the number or after it.
  const issuerComesBefore = found.language === 'en' || found.language === 'zh';
  const before = found.infix ? issuerBefore(found.infix) : issuerComesBefore && !namesTopic(found) ? issuerBefore(found.before) : null;
  const after = found.lastGroup ? issuerAfter(found.after) : null;
  if (before?.issuer === 'OTHER' || after?.issuer === 'OTHER') return UNRESOLVED;
  const thisConference = before?.issuer === 'THIS' || after?.issuer === 'THIS';
  const named = [before, after].find((mention): mention is IssuerMention & { issuer: Issuer } =>
    mention !== null && mention.issuer !== 'OTHER' && mention.issuer !== 'THIS');
  const revised = found.revision?.place && found.revision.year
    ? resolveConference(found.revision.place, found.revision.year, `${found.before} ${found.after.split(/[;\n]/u)[0]}`)
    : null;

  if (named) {
    // A revision naming another body's conference contradicts the name: keep the name, without confidence.
    const confidence = revised && revised !== named.issuer ? 0.45 : 0.95;
    return { issuer: named.issuer, confidence, revision: revisionNamed(named) };
  }
  if (found.parenthesis?.issuer) return { issuer: found.parenthesis.issuer, confidence: 0.9, revision: null };
  if (revised) return { issuer: revised, confidence: 0.95, revision: null };
  if (isCouncilResolutionNumber(found)) return { issuer: 'C', confidence: 0.9, revision: null };

  const own = context.documentIssuer;
  // Numbers from 1000 up are Council's (taken above) or no ITU instrument's: never the document's own.
  if (!own || found.number >= 1000) return UNRESOLVED;
  if (thisConference) return { issuer: own, confidence: 0.95, revision: null };
  // A revision of another year is another conference's text; a place we cannot place is no evidence.
  if (found.revision && (found.revision.place || (context.documentConference?.year && found.revision.year !== context.documentConference.year))) return UNRESOLVED;
  // Council documents cite PP, WTSA and WTDC resolutions by their bare numbers, below 1000.
  if (own === 'C' && found.kind === 'RES') return UNRESOLVED;
  return { issuer: own, confidence: 0.8, revision: null };
}

/** Decides the instrument of a found citation (see `decide`) and gives it its contract id. */
export function resolveCitation(found: FoundCitation, context: CitationContext): Citation {
  const decision = decide(found, context);
  const resolution = decision.issuer ? `${decision.issuer}-${found.kind}-${found.number}` : null;
  return {
    text: found.text, start: found.start, end: found.end, resolution, issuer: decision.issuer, kind: found.kind, number: found.number,
    revision: found.revision ?? decision.revision, confidence: resolution ? decision.confidence : 0.3,
  };
}
