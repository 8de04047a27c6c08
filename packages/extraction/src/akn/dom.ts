import { DOMParser, ParseError, type Document, type Element, type Node } from '@xmldom/xmldom';
import { AknError } from './errors';

/**
 * Thin helpers over @xmldom/xmldom. Elements are matched by local name so that a document using
 * a namespace prefix (`akn:statement`) reads the same as one using the default namespace.
 */

export const AKN_NAMESPACE_PREFIX = 'http://docs.oasis-open.org/legaldocml/ns/akn/';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

interface ParserProblem {
  level: string;
  message: string;
  line: number | null;
  column: number | null;
}

/**
 * Parses XML strictly: xmldom only throws on fatal errors and merely reports `error`s and
 * `warning`s (an unquoted attribute, an unknown entity), which would silently produce a damaged
 * tree. Any report stops parsing and becomes an AknError carrying the parser's line and column.
 */
export function parseXml(xml: string): Document {
  let problem: ParserProblem | null = null;
  const parser = new DOMParser({
    locator: true,
    onError(level, message, context: unknown) {
      const locator = readLocator(context);
      problem ??= { level, message, line: locator.line, column: locator.column };
      throw new Error(message);
    },
  });
  try {
    const doc = parser.parseFromString(xml, 'text/xml');
    if (!doc.documentElement) throw new AknError('malformed XML: no root element', { line: 1 });
    refuseDeepNesting(doc.documentElement);
    return doc;
  } catch (error) {
    if (error instanceof AknError) throw error;
    const found = problem as ParserProblem | null;
    if (found) {
      throw new AknError(`malformed XML (${found.level}): ${found.message}`, { line: found.line, column: found.column });
    }
    if (error instanceof ParseError) {
      const locator = readLocator({ locator: error.locator });
      throw new AknError(`malformed XML: ${error.message}`, { line: locator.line, column: locator.column });
    }
    throw error;
  }
}

/**
 * Akoma Ntoso documents nest a few dozen levels; the readers walk the tree recursively, so a file nested deeper
 * than this (built to exhaust the stack) is refused before any of them runs. Checked without recursion.
 */
export const MAX_XML_DEPTH = 256;

function refuseDeepNesting(root: Element): void {
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_XML_DEPTH) {
      const el = node as Element;
      throw new AknError(`elements nested more than ${MAX_XML_DEPTH} levels deep`, { line: el.lineNumber ?? null, column: el.columnNumber ?? null });
    }
    for (let child = node.firstChild; child; child = child.nextSibling) if (isElement(child)) stack.push([child, depth + 1]);
  }
}

/** The xmldom error context is untyped; read its locator defensively. */
function readLocator(context: unknown): { line: number | null; column: number | null } {
  const locator = (context as { locator?: { lineNumber?: unknown; columnNumber?: unknown } } | null)?.locator;
  const line = typeof locator?.lineNumber === 'number' ? locator.lineNumber : null;
  const column = typeof locator?.columnNumber === 'number' ? locator.columnNumber : null;
  return { line, column };
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

export function childElements(parent: Node, localName?: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (isElement(node) && (localName === undefined || node.localName === localName)) out.push(node);
  }
  return out;
}

export function firstChild(parent: Node, localName: string): Element | null {
  return childElements(parent, localName)[0] ?? null;
}

/** Descendants in document order (depth first), matched by local name. */
export function descendants(root: Node, localName: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (child.localName === localName) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export function firstDescendant(root: Node, localName: string): Element | null {
  return descendants(root, localName)[0] ?? null;
}

/**
 * Elements that start a new line of text in a rendering. Their text is separated by a space so
 * that `<p>a</p><p>b</p>` does not read as `ab`; inline elements (`<i>`, `<docNumber>`) are not.
 */
const BLOCK_ELEMENTS = new Set([
  'p', 'content', 'list', 'point', 'num', 'heading', 'subheading', 'intro', 'wrapUp', 'paragraph',
  'subparagraph', 'recital', 'blockList', 'item', 'listIntroduction', 'listWrapUp', 'tblock', 'table', 'tr', 'td', 'th',
]);

export interface ElementText {
  text: string;
  /** Texts of proper AKN footnotes (`<authorialNote>`), which are kept out of `text`. */
  notes: { marker: string | null; text: string }[];
}

/**
 * Plain text of an element with whitespace collapsed. `skip` names child elements of `el` itself
 * that are read separately (the `num` of a paragraph, the `heading` of a container).
 */
export function elementText(el: Element, skip: readonly string[] = []): ElementText {
  const pieces: string[] = [];
  const notes: ElementText['notes'] = [];
  const walk = (node: Node, top: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
        pieces.push(child.nodeValue ?? '');
      } else if (isElement(child)) {
        if (top && skip.includes(child.localName ?? '')) continue;
        if (child.localName === 'authorialNote') {
          notes.push({ marker: child.getAttribute('marker'), text: normalizeSpace(elementText(child).text) });
          continue;
        }
        const block = BLOCK_ELEMENTS.has(child.localName ?? '');
        if (block) pieces.push(' ');
        walk(child, false);
        if (block) pieces.push(' ');
      }
    }
  };
  walk(el, true);
  return { text: normalizeSpace(pieces.join('')), notes };
}

export function textOf(el: Element | null, skip: readonly string[] = []): string {
  return el ? elementText(el, skip).text : '';
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `cmp_res_102/hcont_resolves/para_2`: eIds where present, local names otherwise. */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let node: Node | null = el; isElement(node); node = node.parentNode) {
    const eId = node.getAttribute('eId');
    parts.unshift(eId || node.localName || '?');
    if (node.localName === 'component') break;
  }
  return parts.join('/');
}

export function elementLocation(el: Element): { line: number | null; column: number | null; path: string } {
  return { line: el.lineNumber ?? null, column: el.columnNumber ?? null, path: elementPath(el) };
}
