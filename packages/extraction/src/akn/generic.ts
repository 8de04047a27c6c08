import type { Element } from '@xmldom/xmldom';
import { layOut, type Block } from '../formats/layout';
import type { Paragraph } from '../types';
import { childElements, elementText, firstChild, firstDescendant, normalizeSpace, textOf } from './dom';
import { DOCUMENT_TYPES, HIERARCHY, LISTS, OTHER_BLOCKS, READ_BY_PARENT, TEXT_BLOCKS, TEXT_UNITS } from './elements';

/**
 * Any AKN 3.0 document that is not an instrument (a report in `<doc>`, a `<debate>`, an `<act>` of
 * another body, an instrument whose number cannot be read) is read as the other formats are: headings,
 * numbered and unnumbered paragraphs and footnotes, in reading order, with nothing left out but the
 * metadata. Extraction then finds in it what it finds in any report.
 */
export interface GenericText {
  title: string | null;
  text: string;
  paragraphs: Paragraph[];
}

/** Parts of a document that hold no text of it: metadata, and navigation to components read on their own. */
const NOT_TEXT = new Set(['meta', 'components', 'componentRef', 'documentRef']);

/**
 * Elements that break text into blocks (AKN's block, container, hierarchy and table elements). Any other
 * element is inline: its text belongs to the block around it, so an element the reader does not know is
 * never dropped, only read as part of its block.
 */
const STRUCTURE = new Set([...DOCUMENT_TYPES, ...HIERARCHY, ...TEXT_UNITS, ...TEXT_BLOCKS, ...LISTS, ...OTHER_BLOCKS]);

export function readGenericDocument(doc: Element): GenericText {
  const blocks: Block[] = [];
  const notes: { marker: string | null; text: string }[] = [];
  const walk = (el: Element): void => {
    const name = el.localName ?? '';
    if (NOT_TEXT.has(name)) return;
    const num = textOf(firstChild(el, 'num'));
    const heading = [num, textOf(firstChild(el, 'heading')), textOf(firstChild(el, 'subheading'))].filter(Boolean).join(' ');
    const hasHeading = !!firstChild(el, 'heading') || !!firstChild(el, 'subheading');
    if (hasHeading && heading) blocks.push({ role: 'HEADING', text: heading });
    const children = childElements(el).filter((child) => !READ_BY_PARENT.has(child.localName ?? '') && !NOT_TEXT.has(child.localName ?? ''));
    if (!children.some((child) => STRUCTURE.has(child.localName ?? ''))) {
      const read = elementText(el, [...READ_BY_PARENT]);
      // The number leads the text, as a Word file prints it, so that layOut reads it the same way.
      const text = [hasHeading ? '' : num, read.text].filter(Boolean).join('\t');
      if (text) blocks.push({ role: 'BODY', text });
      notes.push(...read.notes);
      return;
    }
    let pendingNumber = hasHeading ? '' : num;
    for (const child of children) {
      if (!STRUCTURE.has(child.localName ?? '')) {
        // Loose inline text between blocks (a `<docNumber>` beside a `<p>`) is a block of its own.
        const loose = normalizeSpace(textOf(child));
        if (loose) blocks.push({ role: 'BODY', text: loose });
        continue;
      }
      const before = blocks.length;
      walk(child);
      // A container's number belongs to the first block it holds (`<paragraph><num>2</num><content>…`).
      const first = blocks[before];
      if (pendingNumber && first && first.role === 'BODY') {
        first.text = `${pendingNumber}\t${first.text}`;
        pendingNumber = '';
      }
    }
  };
  walk(doc);
  notes.forEach((note, i) => blocks.push({ role: 'FOOTNOTE', text: note.text, number: note.marker ?? String(i + 1) }));
  const laidOut = layOut(blocks);
  return { title: ownTitle(doc) ?? laidOut.title, text: laidOut.text, paragraphs: laidOut.paragraphs };
}

/** The title the document prints in its preface (`<docTitle>`, a title container, the long title), else its FRBRname. */
function ownTitle(doc: Element): string | null {
  const preface = firstChild(doc, 'preface');
  const printed = preface
    ? textOf(firstDescendant(preface, 'docTitle'))
      || textOf(childElements(preface).find((el) => el.getAttribute('name') === 'title') ?? null)
      || textOf(firstChild(preface, 'longTitle'))
    : '';
  const meta = firstChild(doc, 'meta');
  const frbrName = meta ? firstDescendant(meta, 'FRBRname')?.getAttribute('value') : null;
  return printed || frbrName || null;
}
