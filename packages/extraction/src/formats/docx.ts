import mammoth from 'mammoth';
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import type { ParagraphRole } from '../types';
import { DocumentError } from '../text/errors';
import { unzippedSize } from './zip';
import type { Block } from './layout';

/** The most a .docx may hold once unzipped: a small file that inflates to gigabytes is refused unread. */
export const MAX_DOCX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/**
 * Word's own heading styles ("heading 1"…, "Title", "Subtitle"), and the title styles of institutional
 * templates: ITU's "Res_No", "Restitle", "RecNo", "Rectitle", "SectionNo", "Section_title", "AnnexNoTitle",
 * "Headingb"; the UN's "HCh" (chapter heading) and "H1"… The whole style name or id must match: "Normal
 * after title" is body text.
 */
const HEADING_STYLE = /^(?:heading\s*\d*[a-z]?|title|subtitle|h[1-6]|hch)$|^(?:res|rec|dec|section|annex|appendix|part|chapter|article)_?(?:no_?title|no|title)\d*$/i;

/** mammoth's paragraph as its document transform sees it. */
interface WordParagraph { type: 'paragraph'; styleId?: string | null; styleName?: string | null }

/**
 * A Word 2007+ file (.docx) → blocks, through mammoth: body paragraphs, headings (by paragraph style)
 * and footnotes and endnotes, each apart; table cells are paragraphs; images, comments and the
 * references to footnotes in the body are left out. Nothing outside the file is read (linked images
 * or documents are not fetched).
 */
export async function readDocx(bytes: Uint8Array, path: string): Promise<Block[]> {
  const size = unzippedSize(bytes, path);
  if (size > MAX_DOCX_UNZIPPED_BYTES) {
    throw new DocumentError('too large', path, `unzips to ${size} bytes; the limit is ${MAX_DOCX_UNZIPPED_BYTES}`);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, {
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      transformDocument: (element: unknown) => markHeadings(element),
    });
    html = result.value;
  } catch (error) {
    throw new DocumentError('unreadable file', path, `not a readable Word document: ${(error as Error).message}`);
  }
  return blocksOf(html);
}

/** Paragraphs of heading-like styles become Word headings, which mammoth writes as h1–h6. */
function markHeadings(element: unknown): unknown {
  const node = element as { type?: string; children?: unknown[] };
  if (node.type === 'paragraph') {
    const paragraph = node as WordParagraph;
    const styles = [paragraph.styleName, paragraph.styleId].filter((style): style is string => Boolean(style));
    if (!/^heading \d$/i.test(paragraph.styleName ?? '') && styles.some((style) => HEADING_STYLE.test(style.trim()))) {
      return { ...paragraph, styleName: 'Heading 2', styleId: 'Heading2' };
    }
    return paragraph;
  }
  if (Array.isArray(node.children)) return { ...node, children: node.children.map(markHeadings) };
  return element;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPHS = new Set(['p', ...HEADINGS]);

/** mammoth's HTML → blocks in reading order; its footnote and endnote list (`li id="footnote-N"`) as footnotes. */
function blocksOf(html: string): Block[] {
  const document = new DOMParser({ onError: () => undefined }).parseFromString(`<body>${html}</body>`, 'text/html');
  const blocks: Block[] = [];
  const visit = (node: Node, role: ParagraphRole, note: string | undefined) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName.toLowerCase();
      const id = element.getAttribute('id') ?? '';
      const noteNumber = /^(?:footnote|endnote)-(\d+)$/.exec(id)?.[1];
      if (tag === 'li' && noteNumber) {
        visit(element, 'FOOTNOTE', noteNumber);
      } else if (PARAGRAPHS.has(tag)) {
        blocks.push({ role: role === 'FOOTNOTE' ? role : HEADINGS.has(tag) ? 'HEADING' : 'BODY', text: textOf(element), number: note });
        note = undefined;
      } else {
        visit(element, role, note);
      }
    }
  };
  visit(document.documentElement!, 'BODY', undefined);
  return blocks;
}

/** A paragraph's text without the links mammoth adds between a footnote and its mark. */
function textOf(node: Node): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.TEXT_NODE) text += child.nodeValue ?? '';
    else if (child.nodeType === child.ELEMENT_NODE) {
      const element = child as Element;
      const target = element.tagName.toLowerCase() === 'a' ? element.getAttribute('href') ?? '' : '';
      if (/^#(?:footnote|endnote)(?:-ref)?-\d+$/.test(target)) continue;
      text += element.tagName.toLowerCase() === 'br' ? '\n' : textOf(element);
    }
  }
  return text;
}
