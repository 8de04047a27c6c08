import type { Element } from '@xmldom/xmldom';
import { AKN_NAMESPACE_PREFIX, childElements, descendants, elementLocation, parseXml } from './dom';
import { AknError } from './errors';
import { isInstrumentCandidate, readMeta } from './metadata';
import { stripFootnoteMarkers } from './noise';
import { render } from './render';
import { readBody } from './structure';
import type { AknDocument, AknParseOptions } from './types';

/**
 * AKN 3.0 (OASIS LegalDocML) and the older akomantoso.org namespaces; a root without namespace
 * is accepted too, since converters often omit it.
 */
function isAknRoot(root: Element): boolean {
  if (root.localName !== 'akomaNtoso') return false;
  const ns = root.namespaceURI;
  return !ns || ns.startsWith(AKN_NAMESPACE_PREFIX) || ns.startsWith('http://www.akomantoso.org/');
}

/** True when `xml` is well-formed XML whose root is an Akoma Ntoso `<akomaNtoso>` element. */
export function isAkomaNtoso(xml: string): boolean {
  try {
    return isAknRoot(parseXml(xml).documentElement!);
  } catch (error) {
    if (error instanceof AknError) return false;
    throw error;
  }
}

/**
 * Parses an Akoma Ntoso document into one AknDocument per instrument: each `<component>` holding
 * a resolution, decision or recommendation (navigation components, which only hold a
 * `<componentRef>`, are skipped), or the root's single document when there are no components.
 *
 * @throws AknError for malformed XML (with line and column), for XML that is not Akoma Ntoso,
 *   and for an instrument whose number, kind, issuer or language cannot be read (with its path).
 */
export function parseAkomaNtoso(xml: string, options: AknParseOptions = {}): AknDocument[] {
  const root = parseXml(xml).documentElement!;
  if (!isAknRoot(root)) {
    const ns = root.namespaceURI ? ` in namespace ${root.namespaceURI}` : '';
    throw new AknError(`not an Akoma Ntoso document: the root element is <${root.tagName}>${ns}, expected <akomaNtoso>`, elementLocation(root));
  }
  return instrumentElements(root).map((doc) => parseInstrument(doc, options));
}

function instrumentElements(root: Element): Element[] {
  const components = descendants(root, 'component');
  if (!components.length) return childElements(root).filter(isInstrumentCandidate);
  return components.flatMap((component) => childElements(component).filter(isInstrumentCandidate));
}

function parseInstrument(doc: Element, options: AknParseOptions): AknDocument {
  const meta = readMeta(doc, options.issuer);
  const body = readBody(doc);
  // Titles carry reference marks too (`between developing1 and developed countries`).
  const noteNumbers = new Set(body.notes.map((note) => note.number));
  const title = meta.title === null ? null : stripFootnoteMarkers(meta.title, noteNumbers).text;
  const rendered = render(meta, body, title);
  return {
    name: meta.name,
    language: meta.language,
    title,
    text: rendered.text,
    paragraphs: rendered.paragraphs,
    instrument: rendered.instrument,
    repairs: body.repairs,
  };
}
