import type { Paragraph, ParagraphRole } from '../types';
import { normalizeText } from '../text/normalize';
import { readMarker } from '../text/markers';

/** One block of a converted document, in reading order: a heading, a body paragraph or a footnote. */
export interface Block {
  role: ParagraphRole;
  text: string;
  /** The number the format gives a block that prints none (a footnote's place in the list). */
  number?: string;
}

/** A converted document: the text the graph shows, and its paragraphs with offsets into it. */
export interface LaidOutText {
  text: string;
  paragraphs: Paragraph[];
  /** The document's own title: its first headings, or its first line. */
  title: string | null;
}

const TITLE_LIMIT = 300;

/**
 * Blocks → one text, a block per line, footnotes after the body. White space inside a block collapses
 * to single spaces, so offsets stay exact while tabs and line breaks of the layout disappear; a
 * paragraph's printed number ("1.1", "a)") is read once, as for text files, and left out of its text.
 */
export function layOut(blocks: Block[]): LaidOutText {
  const ordered = [...blocks.filter((block) => block.role !== 'FOOTNOTE'), ...blocks.filter((block) => block.role === 'FOOTNOTE')];
  const paragraphs: Paragraph[] = [];
  let text = '';
  for (const block of ordered) {
    // A gap with a tab in it is the tab after a printed number ("1 \t"); any other gap is a space.
    const line = normalizeText(block.text).replace(/[ \t\n\u00A0]*\t[ \t\n\u00A0]*/g, '\t').replace(/[ \n\u00A0]{2,}|[\n\u00A0]/g, ' ').trim();
    if (!line) continue;
    const marker = readMarker(line);
    const body = (marker ? line.slice(marker.length) : line).replace(/\s+/g, ' ').trim();
    if (!body) continue;
    const number = marker ? (marker.kind === 'number' ? marker.number : null) : block.number ?? null;
    if (text) text += '\n';
    // The printed number or bullet stays in the text (the graph shows the document as written), outside the paragraph.
    const lead = marker ? `${line.slice(0, marker.length).trim()}\t` : '';
    const start = text.length + lead.length;
    text += lead + body;
    paragraphs.push({ number, text: body, start, end: start + body.length, ...(block.role === 'BODY' ? {} : { role: block.role }) });
  }
  return { text, paragraphs, title: titleOf(ordered) };
}

/** The run of headings a document opens with ("RESOLUTION 1 (Rev. Hammamet, 2016)" + its subject), else its first line. */
function titleOf(blocks: Block[]): string | null {
  const readable = blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() })).filter((block) => block.text);
  const first = readable.findIndex((block) => block.role === 'HEADING');
  const headings: string[] = [];
  for (const block of first >= 0 ? readable.slice(first) : []) {
    if (block.role !== 'HEADING') break;
    headings.push(block.text);
  }
  const title = headings.length ? headings.join(' – ') : readable[0]?.text ?? null;
  return title ? title.slice(0, TITLE_LIMIT) : null;
}
