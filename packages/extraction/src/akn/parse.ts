import type { Element } from '@xmldom/xmldom';
import { AKN_NAMESPACE_PREFIX, childElements, descendants, elementLocation, firstChild, firstDescendant, isElement, parseXml } from './dom';
import { AknError } from './errors';
import { readGenericDocument } from './generic';
import { isDocumentElement } from './elements';
import { isInstrumentMeta, readInstrumentMeta, readIssuer, readLanguage, type InstrumentMeta, type NotAnInstrument } from './metadata';
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
 * Parses an Akoma Ntoso document into one AknDocument per document it holds: each `<component>`'s document
 * (navigation components, which only hold a `<componentRef>`, are skipped), or the root's document when
 * there are no components. A resolution, decision or recommendation is read as an instrument; any other
 * document (act, bill, doc, statement, debate…, prefixed or in the default namespace), and an instrument
 * whose number, kind or issuer cannot be read, is read as headings and paragraphs, with a notice saying why.
 *
 * @throws AknError for malformed XML (with line and column), for XML that is not Akoma Ntoso, and for a
 *   document that declares a language other than the six (with its path).
 */
export function parseAkomaNtoso(xml: string, options: AknParseOptions = {}): AknDocument[] {
  const root = parseXml(xml).documentElement!;
  if (!isAknRoot(root)) {
    const ns = root.namespaceURI ? ` in namespace ${root.namespaceURI}` : '';
    throw new AknError(`not an Akoma Ntoso document: the root element is <${root.tagName}>${ns}, expected <akomaNtoso>`, elementLocation(root));
  }
  const documents = documentElements(root);
  return documents.map((doc, index) => {
    const meta = readInstrumentMeta(doc, options.issuer);
    if (isInstrumentMeta(meta)) return parseInstrument(doc, meta);
    return parseOtherDocument(doc, meta, documents.length === 1 ? null : index + 1, options);
  });
}

function documentElements(root: Element): Element[] {
  const components = descendants(root, 'component');
  if (!components.length) return childElements(root).filter(isDocumentElement);
  // A collection nested in a component is read through its own components, found among the descendants.
  return components.flatMap((component) => childElements(component).filter((el) => isDocumentElement(el) && !firstChild(el, 'components')));
}

function parseInstrument(doc: Element, meta: InstrumentMeta): AknDocument {
  const body = readBody(doc);
  // Titles carry reference marks too (`between developing1 and developed countries`).
  const noteNumbers = new Set(body.notes.map((note) => note.number));
  const title = meta.title === null ? null : stripFootnoteMarkers(meta.title, noteNumbers).text;
  const rendered = render(meta, body, title);
  const kept = body.repairs.filter((repair) => repair.kind === 'element-kept');
  return {
    name: meta.name,
    language: meta.language,
    title,
    text: rendered.text,
    paragraphs: rendered.paragraphs,
    instrument: rendered.instrument,
    issuer: meta.issuer,
    repairs: body.repairs,
    notices: kept.length ? [`${rendered.instrument.id}: ${kept.length === 1 ? '1 element' : `${kept.length} elements`} the instrument reader has no rule for, kept as text: ${summarize(kept.map((repair) => repair.detail))}`] : [],
  };
}

function parseOtherDocument(doc: Element, why: NotAnInstrument, position: number | null, options: AknParseOptions): AknDocument {
  const read = readGenericDocument(doc);
  const issuer = options.issuer ?? readIssuer(doc);
  const where = elementLocation(doc);
  return {
    name: documentName(doc, position),
    language: readLanguage(doc),
    title: read.title,
    text: read.text,
    paragraphs: read.paragraphs,
    instrument: null,
    issuer: typeof issuer === 'string' ? issuer : null,
    repairs: [],
    notices: [`<${doc.tagName}> at line ${where.line ?? '?'} (${where.path}) is read as a document, not an instrument: ${why.reason}; its ${read.paragraphs.length} paragraphs are kept as text`],
  };
}

/** FRBRnumber's value, else the component's eId, else its place in the file; null for a file that is one document. */
function documentName(doc: Element, position: number | null): string | null {
  const meta = firstChild(doc, 'meta');
  const work = meta ? firstDescendant(meta, 'FRBRWork') : null;
  const value = work ? firstChild(work, 'FRBRnumber')?.getAttribute('value') : null;
  if (value) return value;
  const component = isElement(doc.parentNode) && doc.parentNode.localName === 'component' ? doc.parentNode.getAttribute('eId') : null;
  if (component) return component;
  return position === null ? null : `${doc.localName}-${position}`;
}

function summarize(details: string[]): string {
  const counts = new Map<string, number>();
  for (const detail of details) counts.set(detail, (counts.get(detail) ?? 0) + 1);
  return [...counts].map(([detail, count]) => (count > 1 ? `${detail} (${count})` : detail)).join(', ');
}
