import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  LANGUAGE_CODES, documentFormatOf, extractDocument, UnknownLanguageError, type LanguageCode,
} from '@mandate-graph/extraction';

export interface ExtractOptions {
  file: string;
  language?: string;
  format: 'json' | 'text';
}

function readInput(file: string): Uint8Array {
  if (file === '-') return readFileSync(0);
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  if (statSync(file).isDirectory()) throw new Error(`${file} is a folder: extract reads one document (mandate-graph ingest reads a repository)`);
  return readFileSync(file);
}


/**
 * `mandate-graph extract FILE|-`: what the extractors find in one file, no database, through the same entry
 * point as ingestion (`extractDocument`): decoded, normalized, an Akoma Ntoso collection read component by
 * component. Offsets are into the text the graph shows for the document.
 */
export async function runExtract(options: ExtractOptions): Promise<number> {
  if (options.language && !LANGUAGE_CODES.includes(options.language as LanguageCode)) {
    throw new Error(`--language is one of ${LANGUAGE_CODES.join(', ')}, got "${options.language}"`);
  }
  const path = options.file === '-' ? '(standard input)' : options.file;
  let documents;
  try {
    documents = await extractDocument(readInput(options.file), {
      // Standard input, or a name of no known format, is read as text.
      path, format: documentFormatOf(options.file) ?? 'txt', language: (options.language as LanguageCode | undefined) ?? null,
    });
  } catch (error) {
    if (error instanceof UnknownLanguageError) throw new Error(`${path}: cannot tell its language; pass --language`);
    throw error;
  }
  const citationsOf = (document: (typeof documents)[number]) => document.citations.map(({ text: quoted, start, end, paragraph, resolution, revision, confidence }) => ({
    text: quoted, start, end, paragraph, resolution, revision: revision?.label ?? null, confidence,
  }));
  const [first] = documents;
  const single = documents.length === 1 && first.name === null;

  if (options.format === 'json') {
    const report = single ? first.report : null;
    console.log(JSON.stringify({
      language: first.language,
      citations: single ? citationsOf(first) : documents.flatMap((document) => citationsOf(document).map((citation) => ({ document: document.name, ...citation }))),
      groups: report?.groups ?? [],
      meetings: report?.meetings ?? [],
      consultations: report?.consultations ?? [],
      actions: report?.actions ?? [],
      resolutionFacts: report?.resolutionFacts ?? [],
      mandates: documents.flatMap((document) => document.mandates),
      // An Akoma Ntoso collection: each component, its instrument, and what it cites and mandates.
      ...(single ? {} : {
        documents: documents.map((document) => ({
          name: document.name, title: document.title, language: document.language, instrument: document.instrument?.id ?? null,
          citations: citationsOf(document), mandates: document.mandates,
        })),
      }),
    }, null, 2));
    return 0;
  }
  for (const document of documents) {
    if (!single) console.log(`\n== ${document.name}${document.instrument ? ` (${document.instrument.id})` : ''}: ${document.title ?? ''}`);
    console.log(`language: ${document.language}`);
    console.log(`\ncitations (${document.citations.length}):`);
    for (const citation of document.citations) {
      console.log(`  ${citation.start}-${citation.end}  ${citation.text}  →  ${citation.resolution ?? 'unresolved'}${citation.revision ? ` (${citation.revision.label})` : ''}  ${citation.confidence.toFixed(2)}`);
    }
    if (document.instrument) {
      console.log(`\nmandates (${document.mandates.length}):`);
      for (const mandate of document.mandates) console.log(`  ${mandate.relation}  ${mandate.activity}  ¶ ${mandate.source.paragraph ?? '-'}`);
      continue;
    }
    const facts = document.report!;
    console.log(`\nmeetings (${facts.meetings.length}):`);
    for (const meeting of facts.meetings) console.log(`  ${meeting.id}  ${meeting.startDate ?? '?'}${meeting.endDate && meeting.endDate !== meeting.startDate ? ` to ${meeting.endDate}` : ''}  ${meeting.format ?? ''}`);
    console.log(`\nconsultations (${facts.consultations.length}):`);
    for (const consultation of facts.consultations) console.log(`  ${consultation.id}  ${consultation.topic}  responses: ${consultation.responses?.total ?? '?'}`);
    console.log(`\nactions (${facts.actions.length}):`);
    for (const action of facts.actions) console.log(`  ${action.id}  ${action.assignees.join(', ')}  ${action.text.slice(0, 60)}`);
  }
  return 0;
}
