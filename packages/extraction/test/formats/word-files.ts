import { strToU8, zipSync } from 'fflate';

/** A paragraph of a Word file the tests write: its text (a tab as `\t`), its style, a footnote at its end. */
export interface WordParagraph {
  text: string;
  /** A style id of styles.xml: Word's `Heading1`, or a template's own (`ResNo`, `Restitle`). */
  style?: string;
  footnote?: string;
}

export type WordBlock = WordParagraph | { table: string[][] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const runs = (text: string) => text.split('\t').map((part, index) => `${index ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`).join('');

/**
 * A real WordprocessingML package (.docx), written as Word writes one: content types, relationships,
 * styles with their display names, the body, and footnotes in their own part with the separators Word adds.
 */
export function wordFile(blocks: WordBlock[], styles: Record<string, string> = {}): Uint8Array {
  const footnotes: string[] = [];
  const paragraph = ({ text, style, footnote }: WordParagraph) => {
    let reference = '';
    if (footnote !== undefined) {
      footnotes.push(footnote);
      reference = `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${footnotes.length}"/></w:r>`;
    }
    return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${runs(text)}${reference}</w:p>`;
  };
  const body = blocks.map((block) => ('table' in block
    ? `<w:tbl>${block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraph({ text: cell })}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`
    : paragraph(block))).join('');
  const allStyles = { Heading1: 'heading 1', Heading2: 'heading 2', FootnoteReference: 'footnote reference', ...styles };
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`),
    'word/styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">${Object.entries(allStyles).map(([id, name]) => `<w:style w:type="${id === 'FootnoteReference' ? 'character' : 'paragraph'}" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`).join('')}</w:styles>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`),
    'word/footnotes.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${footnotes.map((text, index) => `<w:footnote w:id="${index + 1}"><w:p>${runs(text)}</w:p></w:footnote>`).join('')}</w:footnotes>`),
  };
  return zipSync(files);
}
