import type { Paragraph } from '../types';
import { splitHtmlParagraphs } from './html';
import { isRuleLine, readMarker, trimBounds } from './markers';

export type TextFormat = 'txt' | 'md' | 'html';

/**
 * Splits a normalized document into paragraphs. Offsets point into `text` and
 * `text.slice(p.start, p.end) === p.text`; `p.text` never includes the paragraph number or the
 * separator after it.
 *
 * txt (word-processor exports): one line is one paragraph. A numbered line opens a paragraph; the
 * bullets (`•`) that follow it directly belong to it, and so does one unnumbered line after a
 * numbered paragraph that ends with a colon (the title of the list it announces: "launch a
 * consultation on the following topic:" / topic / bullets). Bullets anywhere else stand alone
 * (number null). Keeping a numbered paragraph whole matters for provenance: an action's text
 * includes the questions it lists.
 *
 * md: blank lines separate blocks; lines of one block join; `#` headings and list items open new
 * blocks; heading and list numbers (`## 2.5 Actions`, `1. ...`) become paragraph numbers.
 *
 * html: see splitHtmlParagraphs.
 */
export function splitParagraphs(text: string, format: TextFormat): Paragraph[] {
  if (format === 'html') return splitHtmlParagraphs(text);
  return splitLines(text, format === 'md');
}

interface Line { start: number; from: number; to: number; content: string; indent: number }

interface Open { paragraph: Paragraph; hasBullets: boolean }

function splitLines(text: string, markdown: boolean): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Open | null = null;
  let blankSinceOpen = false;

  const start = (number: string | null, from: number, to: number): void => {
    const paragraph: Paragraph = { number, text: text.slice(from, to), start: from, end: to };
    out.push(paragraph);
    open = { paragraph, hasBullets: false };
    blankSinceOpen = false;
  };
  const extend = (target: Open, to: number): void => {
    target.paragraph.end = to;
    target.paragraph.text = text.slice(target.paragraph.start, to);
  };

  for (const line of lines(text)) {
    if (line.content === '') {
      blankSinceOpen = true;
      continue;
    }
    if (isRuleLine(line.content)) {
      // A rule ends whatever was open: nothing after it continues a paragraph before it.
      open = null;
      continue;
    }
    let from = line.from;
    let heading = false;
    if (markdown) {
      const hashes = /^#{1,6}[ \t]+/.exec(line.content);
      if (hashes) {
        from += hashes[0].length;
        heading = true;
      }
    }
    const marker = readMarker(text.slice(from, line.to));
    const current = open as Open | null;

    if (marker?.kind === 'bullet') {
      const nested = markdown && line.indent > 0;
      if (current?.paragraph.number != null && (!blankSinceOpen || nested)) {
        extend(current, line.to);
        current.hasBullets = true;
        continue;
      }
      start(null, from + marker.length, line.to);
      continue;
    }
    if (marker?.kind === 'number') {
      start(marker.number, from + marker.length, line.to);
      if (heading) open = null; // nothing joins a heading
      continue;
    }
    if (heading) {
      start(null, from, line.to);
      open = null;
      continue;
    }
    if (current && !blankSinceOpen) {
      // md: a soft-wrapped line continues its block. txt: only the title line of an announced list.
      const continues = markdown
        ? true
        : current.paragraph.number !== null && !current.hasBullets && /[:：]$/.test(current.paragraph.text);
      if (continues) {
        extend(current, line.to);
        continue;
      }
    }
    start(null, from, line.to);
  }
  return out;
}

function* lines(text: string): Generator<Line> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const bounds = trimBounds(raw);
    yield bounds
      ? { start, from: start + bounds.from, to: start + bounds.to, content: raw.slice(bounds.from, bounds.to), indent: bounds.from }
      : { start, from: start, to: start, content: '', indent: 0 };
    if (end === text.length) break;
    start = end + 1;
  }
}
