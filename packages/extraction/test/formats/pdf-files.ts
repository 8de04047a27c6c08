/** How the text of a PDF the tests write is encoded. */
export type PdfFont =
  /** Helvetica with WinAnsi: a text layer pdf.js reads back as written. */
  | 'readable'
  /** Letters drawn through an encoding whose glyph names are punctuation: what fonts with a private encoding decode to. */
  | 'punctuation-garbage'
  /** Letters mapped to control characters, as in a font that has glyphs but no Unicode mapping. */
  | 'control-garbage';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PUNCTUATION = ['exclam', 'quotedbl', 'numbersign', 'dollar', 'percent', 'ampersand', 'quotesingle', 'parenleft', 'parenright', 'asterisk', 'plus', 'comma', 'hyphen'];

function encoding(font: PdfFont): string {
  if (font === 'readable') return '/WinAnsiEncoding';
  const names = [...LETTERS].map((_, index) => (font === 'punctuation-garbage' ? `/${PUNCTUATION[index % PUNCTUATION.length]}` : `/uni${(1 + (index % 20)).toString(16).padStart(4, '0').toUpperCase()}`));
  return `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 ${names.slice(0, 26).join(' ')} 97 ${names.slice(26).join(' ')}] >>`;
}

const literal = (text: string) => `(${text.replace(/[\\()]/g, (character) => `\\${character}`)})`;

/**
 * A PDF 1.4 file with one line of text per entry of each page (Latin-1 text only), laid out top to
 * bottom; `fonts` picks, page by page, how the text is encoded (all readable unless said).
 */
export function pdfFile(pages: string[][], fonts: PdfFont[] = []): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const fontObjects = new Map<PdfFont, number>();
  const fontOf = (font: PdfFont) => {
    if (!fontObjects.has(font)) fontObjects.set(font, add(`<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding(font)} >>`));
    return fontObjects.get(font)!;
  };
  const pageIds = pages.map((lines, index) => {
    const font = fontOf(fonts[index] ?? 'readable');
    const stream = `BT /F1 11 Tf 14 TL 56 780 Td ${lines.map((line) => `${literal(line)} Tj T*`).join(' ')} ET`;
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = Buffer.byteLength(pdf, 'latin1');
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}
