import type { Element } from '@xmldom/xmldom';
import type { InstrumentKind, Issuer, LanguageCode, Revision } from '../types';
import { LANGUAGE_CODES } from '../types';
import { childElements, elementLocation, firstChild, firstDescendant, isElement, textOf } from './dom';
import { AknError } from './errors';
import { kindOfWord, parseDocNumber } from './revision';

/** Identification of one instrument, from its FRBR metadata and its printed preface. */
export interface InstrumentMeta {
  name: string;
  /** Null when the XML declares none; the text tells then. */
  language: LanguageCode | null;
  issuer: Issuer;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  /** The printed number line: `RESOLUTION 102 (REV. DUBAI, 2018)`. */
  heading: string;
  title: string | null;
}

/** The kind an element's `name` or an FRBRnumber's prefix gives: a kind word (`resolution`) or its abbreviation (`res-102`). */
const KIND_ABBREVIATIONS: Record<string, InstrumentKind> = { res: 'RES', dec: 'DEC', rec: 'REC' };
const kindNamed = (word: string): InstrumentKind | null => kindOfWord(word) ?? KIND_ABBREVIATIONS[word.toLowerCase()] ?? null;

/** FRBRauthor references of ITU bodies (`#itu-pp`) and the issuer codes of the contract. */
const ISSUER_BY_AUTHOR: Record<string, Issuer> = {
  'itu-pp': 'PP', pp: 'PP', 'itu-council': 'C', council: 'C', 'itu-c': 'C', 'itu-wtsa': 'WTSA', wtsa: 'WTSA',
  'itu-wtdc': 'WTDC', wtdc: 'WTDC', 'itu-ra': 'RA', ra: 'RA', 'itu-wcit': 'WCIT', wcit: 'WCIT', unga: 'UNGA', 'un-ga': 'UNGA',
};

/** AKN uses ISO 639-2 (`eng`); the contract uses ISO 639-1 (`en`). */
const LANGUAGE_BY_CODE: Record<string, LanguageCode> = {
  eng: 'en', en: 'en', fra: 'fr', fre: 'fr', fr: 'fr', spa: 'es', es: 'es', ara: 'ar', ar: 'ar',
  rus: 'ru', ru: 'ru', zho: 'zh', chi: 'zh', zh: 'zh',
};

/** Why a document is not read as an instrument, said so that a curator can tell what to fix. */
export interface NotAnInstrument { reason: string }

/**
 * The instrument a document element is, or why it cannot be read as one: its printed number is not an
 * instrument number (`GT-PLEN/A (Antalya, 2006)`, `A/RES/70/1`), its kind or its issuer cannot be told.
 */
export function readInstrumentMeta(doc: Element, issuerOption: Issuer | undefined): InstrumentMeta | NotAnInstrument {
  const work = firstDescendant(firstChild(doc, 'meta') ?? doc, 'FRBRWork');
  const frbrNumber = work ? firstChild(work, 'FRBRnumber') : null;
  const preface = firstChild(doc, 'preface');
  const docNumberEl = preface ? firstDescendant(preface, 'docNumber') : null;
  const docTypeEl = preface ? firstDescendant(preface, 'docType') : null;

  // The printed number wins; FRBRnumber/@showAs carries the same line when the preface lost it.
  const printedNumber = textOf(docNumberEl) || frbrNumber?.getAttribute('showAs') || '';
  const parsed = parseDocNumber(printedNumber);
  if (!parsed) {
    return { reason: printedNumber ? `its number "${printedNumber}" is not an instrument number` : 'it prints no instrument number' };
  }

  const kind = parsed.kind
    ?? kindOfWord(textOf(docTypeEl))
    ?? kindNamed(doc.getAttribute('name') ?? '')
    ?? kindNamed((frbrNumber?.getAttribute('value') ?? '').split('-')[0] ?? '');
  if (!kind) return { reason: `cannot tell whether number ${parsed.number} is a resolution, decision or recommendation` };
  const issuer = issuerOption ?? readIssuer(doc);
  if (typeof issuer !== 'string') return issuer;

  const name = frbrNumber?.getAttribute('value') || `${kind.toLowerCase()}-${parsed.number}`;
  const docType = textOf(docTypeEl) || { RES: 'RESOLUTION', DEC: 'DECISION', REC: 'RECOMMENDATION' }[kind];
  // A Chinese number line holds its kind word already (`第5号决定`).
  const heading = textOf(docNumberEl) && !parsed.kind ? `${docType} ${textOf(docNumberEl)}` : textOf(docNumberEl) || printedNumber;
  const titleEl = preface ? childElements(preface).find((el) => el.getAttribute('name') === 'title') ?? null : null;

  return {
    name,
    language: readLanguage(doc),
    issuer,
    kind,
    number: parsed.number,
    revision: parsed.revision,
    heading,
    title: textOf(titleEl) || null,
  };
}

export function isInstrumentMeta(meta: InstrumentMeta | NotAnInstrument): meta is InstrumentMeta {
  return !('reason' in meta);
}

/** The issuer named by the document's own FRBRWork, or the enclosing collection's. */
export function readIssuer(doc: Element): Issuer | NotAnInstrument {
  for (let node: Element | null = doc; node; node = isElement(node.parentNode) ? node.parentNode : null) {
    const meta = firstChild(node, 'meta');
    const work = meta ? firstDescendant(meta, 'FRBRWork') : null;
    const author = work ? firstChild(work, 'FRBRauthor')?.getAttribute('href') : null;
    if (!author) continue;
    return ISSUER_BY_AUTHOR[author.replace(/^#/, '').toLowerCase()] ?? { reason: `cannot tell the issuer from FRBRauthor "${author}"` };
  }
  return { reason: 'no FRBRauthor tells the issuer' };
}

/**
 * The language FRBRlanguage or the nearest xml:lang declares; null when none is declared.
 * @throws AknError for a declared language that is not one of the six.
 */
export function readLanguage(doc: Element): LanguageCode | null {
  const meta = firstChild(doc, 'meta');
  const frbr = meta ? firstDescendant(meta, 'FRBRlanguage')?.getAttribute('language') : null;
  let code = frbr || null;
  for (let node: Element | null = doc; !code && node; node = isElement(node.parentNode) ? node.parentNode : null) {
    code = node.getAttribute('xml:lang') || null;
  }
  if (!code) return null;
  const language = LANGUAGE_BY_CODE[code.toLowerCase()];
  if (!language || !LANGUAGE_CODES.includes(language)) {
    throw new AknError(`language "${code}" is not one of ${LANGUAGE_CODES.join(', ')}`, elementLocation(doc));
  }
  return language;
}
