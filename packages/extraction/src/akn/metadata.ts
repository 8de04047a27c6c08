import type { Element } from '@xmldom/xmldom';
import type { InstrumentKind, Issuer, LanguageCode, Revision } from '../types';
import { LANGUAGE_CODES } from '../types';
import { childElements, elementLocation, firstChild, firstDescendant, isElement, textOf } from './dom';
import { AknError } from './errors';
import { parseDocNumber } from './revision';

/** Identification of one instrument, from its FRBR metadata and its printed preface. */
export interface InstrumentMeta {
  name: string;
  language: LanguageCode;
  issuer: Issuer;
  kind: InstrumentKind;
  number: number;
  revision: Revision | null;
  /** The printed number line: `RESOLUTION 102 (REV. DUBAI, 2018)`. */
  heading: string;
  title: string | null;
}

const KIND_BY_NAME: Record<string, InstrumentKind> = {
  resolution: 'RES', res: 'RES', decision: 'DEC', dec: 'DEC', recommendation: 'REC', rec: 'REC',
};

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

/** True for the document elements that can hold one instrument inside a `<component>`. */
export function isInstrumentCandidate(el: Element): boolean {
  return el.localName !== 'documentCollection' && el.localName !== 'componentRef' && !!firstChild(el, 'preface');
}

export function readMeta(doc: Element, issuerOption: Issuer | undefined): InstrumentMeta {
  const where = elementLocation(doc);
  const work = firstDescendant(firstChild(doc, 'meta') ?? doc, 'FRBRWork');
  const frbrNumber = work ? firstChild(work, 'FRBRnumber') : null;
  const preface = firstChild(doc, 'preface');
  const docNumberEl = preface ? firstDescendant(preface, 'docNumber') : null;
  const docTypeEl = preface ? firstDescendant(preface, 'docType') : null;

  // The printed number wins; FRBRnumber/@showAs carries the same line when the preface lost it.
  const printedNumber = textOf(docNumberEl) || frbrNumber?.getAttribute('showAs') || '';
  const parsed = parseDocNumber(printedNumber);
  if (!parsed) throw new AknError(`instrument number not found or not readable (docNumber "${printedNumber}")`, where);

  const kind = parsed.kind
    ?? KIND_BY_NAME[textOf(docTypeEl).toLowerCase()]
    ?? KIND_BY_NAME[(doc.getAttribute('name') ?? '').toLowerCase()]
    ?? KIND_BY_NAME[(frbrNumber?.getAttribute('value') ?? '').split('-')[0] ?? ''];
  if (!kind) throw new AknError('cannot tell whether the instrument is a resolution, decision or recommendation', where);

  const name = frbrNumber?.getAttribute('value') || `${kind.toLowerCase()}-${parsed.number}`;
  const docType = textOf(docTypeEl) || { RES: 'RESOLUTION', DEC: 'DECISION', REC: 'RECOMMENDATION' }[kind];
  const heading = textOf(docNumberEl) ? `${docType} ${textOf(docNumberEl)}` : printedNumber;
  const titleEl = preface ? childElements(preface).find((el) => el.getAttribute('name') === 'title') ?? null : null;

  return {
    name,
    language: readLanguage(doc, where),
    issuer: issuerOption ?? readIssuer(doc, where),
    kind,
    number: parsed.number,
    revision: parsed.revision,
    heading,
    title: textOf(titleEl) || null,
  };
}

function readIssuer(doc: Element, where: ReturnType<typeof elementLocation>): Issuer {
  // The instrument's own FRBRWork first, then the enclosing collection's.
  for (let node: Element | null = doc; node; node = isElement(node.parentNode) ? node.parentNode : null) {
    const meta = firstChild(node, 'meta');
    const work = meta ? firstDescendant(meta, 'FRBRWork') : null;
    const author = work ? firstChild(work, 'FRBRauthor')?.getAttribute('href') : null;
    if (!author) continue;
    const issuer = ISSUER_BY_AUTHOR[author.replace(/^#/, '').toLowerCase()];
    if (issuer) return issuer;
    throw new AknError(`cannot tell the issuer from FRBRauthor "${author}"; pass options.issuer`, where);
  }
  throw new AknError('no FRBRauthor to tell the issuer from; pass options.issuer', where);
}

function readLanguage(doc: Element, where: ReturnType<typeof elementLocation>): LanguageCode {
  const meta = firstChild(doc, 'meta');
  const frbr = meta ? firstDescendant(meta, 'FRBRlanguage')?.getAttribute('language') : null;
  let code = frbr || null;
  for (let node: Element | null = doc; !code && node; node = isElement(node.parentNode) ? node.parentNode : null) {
    code = node.getAttribute('xml:lang') || null;
  }
  const language = code ? LANGUAGE_BY_CODE[code.toLowerCase()] : undefined;
  if (!language || !LANGUAGE_CODES.includes(language)) {
    throw new AknError(`language ${code ? `"${code}" is not one of ${LANGUAGE_CODES.join(', ')}` : 'not given (FRBRlanguage or xml:lang)'}`, where);
  }
  return language;
}
