import { DOMParser, type Node } from '@xmldom/xmldom';
import type { Paragraph } from '../types';
import { readMarker } from './markers';

/**
 * HTML → paragraphs whose offsets point into the HTML source itself (the stored text of an html
 * document is its normalized source, so provenance stays checkable against the original).
 *
 * One paragraph per run of text sharing the same nearest block element (p, h1–h6, li, td, div…);
 * text in head, script, style and title is ignored. `p.text` is the source slice from the first to
 * the last character of the paragraph's text, so it may contain inline tags and entities
 * (`The <b>Secretariat</b> &amp; BR`); `p.plain` is the readable form (tags removed, entities
 * decoded, white space collapsed). The paragraph number is read from the plain text and excluded
 * from both.
 *
 * The structure comes from @xmldom/xmldom's DOMParser ('text/html') with its locator (line and
 * column of each text node). xmldom is not an HTML5 parser: on markup it cannot build (an unclosed
 * `<li>` before `</ul>`) it stops with a fatal error, and we then fall back to a documented tag
 * scanner: every block-level tag, opening or closing, ends the current paragraph. Both paths give
 * the same result on well-formed input.
 */
export function splitHtmlParagraphs(html: string): Paragraph[] {
  const runs = runsFromDom(html) ?? runsFromTags(html);
  return paragraphsFromRuns(html, runs);
}

/** A stretch of character data in the source, and the block element it belongs to. */
interface Run {
  start: number;
  end: number;
  block: unknown;
  /** A `<br>` (or similar) stood between this run and the previous one: counts as white space. */
  breakBefore: boolean;
}

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul',
]);
const SKIPPED = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'textarea']);
const BREAKS = new Set(['br', 'img', 'wbr']);

// ---------------------------------------------------------------------------------------------
// Path 1: xmldom

function runsFromDom(html: string): Run[] | null {
  // xmldom rewrites CR and NEL before parsing; positions would no longer match the source.
  if (/[\r\u0085]/.test(html)) return null;
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    const parser = new DOMParser({
      locator: true,
      onError(level, message) {
        if (level === 'fatalError') throw new Error(message);
      },
    });
    doc = parser.parseFromString(html, 'text/html');
  } catch {
    return null;
  }
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x0a || c === 0x2028 || c === 0x2029) lineStarts.push(i + 1);
  }

  const runs: Run[] = [];
  let pendingBreak = false;
  let reliable = true;
  const walk = (node: Node, block: unknown): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const name = (child.nodeName || '').toLowerCase().replace(/^.*:/, '');
        if (SKIPPED.has(name)) continue;
        if (BREAKS.has(name)) pendingBreak = true;
        walk(child, BLOCKS.has(name) ? child : block);
      } else if (child.nodeType === 3) {
        const { lineNumber, columnNumber } = child as unknown as { lineNumber?: number; columnNumber?: number };
        const lineStart = lineNumber ? lineStarts[lineNumber - 1] : undefined;
        if (lineStart === undefined || !columnNumber) {
          reliable = false;
          return;
        }
        const start = lineStart + columnNumber - 1;
        let end = html.indexOf('<', start);
        if (end < 0) end = html.length;
        // Cheap consistency check of the locator: the first character must be what the node says.
        const value = child.nodeValue ?? '';
        if (value.length > 0 && html.charAt(start) !== value.charAt(0) && html.charAt(start) !== '&') reliable = false;
        runs.push({ start, end, block, breakBefore: pendingBreak });
        pendingBreak = false;
      }
    }
  };
  walk(doc, doc);
  return reliable ? runs : null;
}

// ---------------------------------------------------------------------------------------------
// Path 2: tag scanner (fallback)

const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*>?/g;

function runsFromTags(html: string): Run[] {
  const runs: Run[] = [];
  let block = 0;
  let pendingBreak = false;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (m.index > last) {
      runs.push({ start: last, end: m.index, block, breakBefore: pendingBreak });
      pendingBreak = false;
    }
    last = m.index + m[0].length;
    const name = m[1]?.toLowerCase().replace(/^.*:/, '');
    if (!name) continue;
    const closing = m[0].startsWith('</');
    if (!closing && SKIPPED.has(name)) {
      // Skip the element's content up to its end tag (or to the end when it is never closed).
      const close = html.toLowerCase().indexOf(`</${name}`, last);
      last = close < 0 ? html.length : close;
      TAG.lastIndex = last;
      continue;
    }
    if (BLOCKS.has(name)) block++;
    else if (BREAKS.has(name)) pendingBreak = true;
  }
  if (last < html.length) runs.push({ start: last, end: html.length, block, breakBefore: pendingBreak });
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Runs → paragraphs

/** Plain text with, for each character, the source range it came from. */
interface Mapped { chars: string[]; from: number[]; to: number[] }

function paragraphsFromRuns(html: string, runs: Run[]): Paragraph[] {
  const out: Paragraph[] = [];
  let group: Run[] = [];
  const flush = (): void => {
    if (group.length) {
      const paragraph = toParagraph(html, group);
      if (paragraph) out.push(paragraph);
    }
    group = [];
  };
  for (const run of runs) {
    if (group.length && group[group.length - 1]!.block !== run.block) flush();
    group.push(run);
  }
  flush();
  return out;
}

function toParagraph(html: string, runs: Run[]): Paragraph | null {
  const mapped: Mapped = { chars: [], from: [], to: [] };
  for (const run of runs) {
    if (run.breakBefore && mapped.chars.length) push(mapped, ' ', run.start, run.start);
    decodeInto(html, run.start, run.end, mapped);
  }
  const plain = collapse(mapped);
  if (plain.chars.length === 0) return null;
  const text = plain.chars.join('');
  const marker = readMarker(text);
  const skip = marker ? marker.length : 0;
  if (skip >= plain.chars.length) return null;
  const start = plain.from[skip]!;
  const end = plain.to[plain.chars.length - 1]!;
  return { number: marker?.kind === 'number' ? marker.number : null, text: html.slice(start, end), start, end, plain: text.slice(skip) };
}

function push(m: Mapped, ch: string, from: number, to: number): void {
  m.chars.push(ch);
  m.from.push(from);
  m.to.push(to);
}

/** White space runs → one space; trimmed. Each kept character keeps its source range. */
function collapse(m: Mapped): Mapped {
  const out: Mapped = { chars: [], from: [], to: [] };
  let space = false;
  for (let i = 0; i < m.chars.length; i++) {
    const ch = m.chars[i]!;
    if (/\s/.test(ch)) {
      space = true;
      continue;
    }
    if (space && out.chars.length) push(out, ' ', m.from[i]!, m.from[i]!);
    space = false;
    push(out, ch, m.from[i]!, m.to[i]!);
  }
  return out;
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/y;

function decodeInto(html: string, start: number, end: number, out: Mapped): void {
  let i = start;
  while (i < end) {
    if (html.charAt(i) === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(html);
      if (m && m.index + m[0].length <= end) {
        const value = m[1] ? fromCodePoint(Number(m[1])) : m[2] ? fromCodePoint(parseInt(m[2], 16)) : namedEntity(m[3]!);
        if (value !== null) {
          const to = i + m[0].length;
          for (const ch of value) push(out, ch, i, to);
          i = to;
          continue;
        }
      }
    }
    const code = html.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    push(out, html.slice(i, i + width), i, i + width);
    i += width;
  }
}

function fromCodePoint(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

const namedCache = new Map<string, string | null>();

/**
 * Named entities are resolved with xmldom's own HTML entity table (it has all of them and does not
 * export it) by parsing the entity alone; the answer is cached per name.
 */
function namedEntity(name: string): string | null {
  const cached = namedCache.get(name);
  if (cached !== undefined) return cached;
  let value: string | null = null;
  try {
    const parser = new DOMParser({ onError(level, message) { if (level !== 'warning') throw new Error(message); } });
    const doc = parser.parseFromString(`<p>&${name};</p>`, 'text/html');
    const got = doc.documentElement?.textContent ?? '';
    value = got && got !== `&${name};` ? got : null;
  } catch {
    value = null;
  }
  namedCache.set(name, value);
  return value;
}
