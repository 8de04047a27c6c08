import { parseAkomaNtoso } from '../akn';
import { findCitations } from '../citations';
import { extractMandates } from '../mandates';
import { extractReportFacts, type ReportFacts } from '../report';
import { extractGroups } from '../report/groups';
import { findAbrogationLists } from '../status';
import { convertBinaryDocument, BINARY_FORMATS, type BinaryFormat } from '../formats';
import { decodeDocument, detectLanguage, normalizeText, splitParagraphs, type TextFormat } from '../text';
import { readMarker } from '../text/markers';
import type { Citation, GroupFact, InstrumentFact, Issuer, LanguageCode, MandateFact, Paragraph, ResolutionFact } from '../types';

export type DocumentFormat = TextFormat | 'xml' | BinaryFormat;

const EXTENSIONS: Record<string, DocumentFormat> = {
  '.txt': 'txt', '.md': 'md', '.html': 'html', '.htm': 'html', '.xml': 'xml', '.docx': 'docx', '.pdf': 'pdf', '.doc': 'doc',
};

/** The format a file's name says it is in (null: not a document format), the same for ingestion and the CLI. */
export function documentFormatOf(path: string): DocumentFormat | null {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? EXTENSIONS[path.slice(dot).toLowerCase()] ?? null : null;
}

function isBinaryFormat(format: DocumentFormat): format is BinaryFormat {
  return (BINARY_FORMATS as readonly string[]).includes(format);
}

/** One document's text as the graph shows it (an Akoma Ntoso collection holds several). */
export interface DocumentText {
  /** The component's own name (`res-102`) for Akoma Ntoso; null for a file that is one document. */
  name: string | null;
  format: DocumentFormat;
  /** As declared, as the XML says, or as detected; null when none of them tells. */
  language: LanguageCode | null;
  /** The title the document gives itself: the instrument's title, or the first line of a text. */
  title: string | null;
  /** Decoded and normalized (Unicode NFC, `\n` line ends): every offset points into this. */
  text: string;
  paragraphs: Paragraph[];
  /** The instrument the document is, when it is one (a component of the Final Acts). */
  instrument: InstrumentFact | null;
  /** Who issued it, so that a bare "Resolution 2" in it resolves. */
  issuer: Issuer | null;
  /** What reading left out and why (a PDF's unreadable lines), to tell the person who ingests it. */
  notices: string[];
}

/** The extractors applied to a document's text: pure functions, text in, facts with spans out. */
export interface Extractors {
  citations(text: string, context: { language: LanguageCode; documentIssuer?: Issuer }): Citation[];
  reportFacts(text: string, paragraphs: Paragraph[], language: LanguageCode): ReportFacts;
}

/** The project's extractors: six-language citations, and the facts of group and chair reports. */
export const defaultExtractors: Extractors = {
  citations: (text, context) => findCitations(text, context),
  reportFacts: (text, paragraphs, language) => extractReportFacts(text, paragraphs, { language }),
};

export const NO_REPORT_FACTS: ReportFacts = { groups: [], meetings: [], consultations: [], actions: [], resolutionFacts: [] };

export interface DocumentFacts {
  /** Each with the number of the paragraph it stands in. */
  citations: (Citation & { paragraph: string | null })[];
  /** What a report says (meetings, consultations, actions…); null for an instrument. */
  report: ReportFacts | null;
  /** What an instrument mandates in its operative clauses; none for a report. */
  mandates: MandateFact[];
  /** Every group the document names, by the name it prints for it (a report's, or an instrument's). */
  groups: GroupFact[];
  /** What the document says of instruments' status: a report's sentences, and any list of abrogated instruments. */
  statusFacts: ResolutionFact[];
}

export interface ReadOptions {
  /** Where the bytes came from, for error messages. */
  path: string;
  format: DocumentFormat;
  /** Declared by the caller (a manifest, a flag); otherwise read from the XML or detected. */
  language?: LanguageCode | null;
}

/** The paragraph a span of the document text falls in. */
export function paragraphAt(paragraphs: Paragraph[], offset: number): Paragraph | null {
  let low = 0;
  let high = paragraphs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const paragraph = paragraphs[middle];
    if (offset < paragraph.start) high = middle - 1;
    else if (offset >= paragraph.end) low = middle + 1;
    else return paragraph;
  }
  return null;
}

/**
 * Bytes of any document format to the documents they hold: Word and PDF files converted first (see
 * convertBinaryDocument), text formats as readDocumentText reads them.
 */
export async function readDocumentFile(bytes: Uint8Array, options: ReadOptions): Promise<DocumentText[]> {
  if (!isBinaryFormat(options.format)) return readDocumentText(bytes, options);
  const converted = await convertBinaryDocument(bytes, options.format, options.path);
  return [{
    name: null, format: options.format, language: options.language ?? detectLanguage(converted.text), title: converted.title,
    text: converted.text, paragraphs: converted.paragraphs, instrument: null, issuer: null, notices: converted.notices,
  }];
}

/**
 * Bytes of a text format to the documents they hold: decoded (a `DocumentError` says why not), normalized,
 * and split into paragraphs; an Akoma Ntoso file into one document per component (an `AknError` names the
 * line of malformed XML, or says it is not Akoma Ntoso).
 */
export function readDocumentText(bytes: Uint8Array, { path, format, language }: ReadOptions): DocumentText[] {
  if (isBinaryFormat(format)) throw new Error(`${path}: a ${format} file is read by readDocumentFile`);
  const text = normalizeText(decodeDocument(bytes, path));
  if (format === 'xml') {
    return parseAkomaNtoso(text).map((component) => ({
      name: component.name,
      format,
      language: language ?? component.language ?? detectLanguage(component.text),
      title: component.title,
      text: component.text,
      paragraphs: component.paragraphs,
      instrument: component.instrument,
      issuer: component.issuer,
      notices: component.notices,
    }));
  }
  return [{
    name: null, format, language: language ?? detectLanguage(text), title: titleOfText(text),
    text, paragraphs: splitParagraphs(text, format), instrument: null, issuer: null, notices: [],
  }];
}

const TITLE_LIMIT = 200;
const TITLE_LINES = 3;

/**
 * A text's own title: its first lines up to a blank line, when they are few and short and no numbered
 * paragraph starts among them ("理事会国际互联网相关\n公共政策问题工作组（CWG-Internet）主席的报告" is one title, its
 * line broken by the layout); otherwise its first line. Lines join without a space between two CJK characters.
 */
function titleOfText(text: string): string | null {
  const lines: string[] = [];
  for (const raw of text.replace(/^\s*\n/, '').split('\n')) {
    const line = raw.replace(/^#{1,6}\s+/, '').trim();
    if (!line) break;
    if (lines.length && readMarker(line)) break;
    lines.push(line);
  }
  const block = lines.length <= TITLE_LINES ? lines : lines.slice(0, 1);
  let title = '';
  for (const line of block) {
    const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(title) && /^[\p{Script=Han}（(]/u.test(line);
    title += title && !cjk ? ` ${line}` : line;
  }
  return title.slice(0, TITLE_LIMIT) || null;
}

/** Everything the extractors find in one document whose language is known. */
export function extractFacts(
  document: Pick<DocumentText, 'text' | 'paragraphs' | 'instrument' | 'issuer'> & { language: LanguageCode }, extractors: Extractors = defaultExtractors,
): DocumentFacts {
  const citations = extractors.citations(document.text, { language: document.language, documentIssuer: document.issuer ?? undefined })
    .map((citation) => ({ ...citation, paragraph: paragraphAt(document.paragraphs, citation.start)?.number ?? null }));
  const listed = findAbrogationLists(document.text, document.paragraphs);
  if (document.instrument) {
    return { citations, report: null, mandates: extractMandates(document.instrument), groups: extractGroups(document.text, document.paragraphs).groups, statusFacts: listed };
  }
  const report = extractors.reportFacts(document.text, document.paragraphs, document.language);
  const stated = new Set(report.resolutionFacts.filter((fact) => fact.kind === 'ABROGATED').map((fact) => fact.resolution));
  return { citations, report, mandates: [], groups: report.groups, statusFacts: [...report.resolutionFacts, ...listed.filter((fact) => !stated.has(fact.resolution))] };
}

export class UnknownLanguageError extends Error {
  constructor(readonly path: string) {
    super(`${path}: cannot tell its language`);
  }
}

/**
 * The one way in: bytes (or text) to each document they hold and all its facts, as ingestion stores them
 * and `mandate-graph extract` prints them. Throws `UnknownLanguageError` when no language is declared and
 * none can be detected.
 */
export async function extractDocument(
  input: Uint8Array | string, options: ReadOptions & { extractors?: Extractors },
): Promise<(DocumentText & { language: LanguageCode } & DocumentFacts)[]> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return (await readDocumentFile(bytes, options)).map((document) => {
    if (!document.language) throw new UnknownLanguageError(options.path);
    const known = { ...document, language: document.language };
    return { ...known, ...extractFacts(known, options.extractors) };
  });
}
