import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  LANGUAGE_CODES, decodeDocument, detectLanguage, extractReportFacts, findCitations, splitParagraphs,
  type LanguageCode, type TextFormat,
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
 * `mandate-graph extract FILE|-`: what the extractors find in one document, no database. Offsets are
 * into the document's text exactly as decoded (no normalization), so a consumer can slice its own copy.
 */
export async function runExtract(options: ExtractOptions): Promise<number> {
  if (options.language && !LANGUAGE_CODES.includes(options.language as LanguageCode)) {
    throw new Error(`--language is one of ${LANGUAGE_CODES.join(', ')}, got "${options.language}"`);
  }
  const text = decodeDocument(readInput(options.file), options.file === '-' ? '(standard input)' : options.file);
  const language = (options.language as LanguageCode | undefined) ?? detectLanguage(text);
  if (!language) throw new Error(`${options.file}: cannot tell its language; pass --language`);
  const format: TextFormat = ({ '.md': 'md', '.html': 'html', '.htm': 'html' } as Record<string, TextFormat>)[extname(options.file).toLowerCase()] ?? 'txt';
  const citations = findCitations(text, { language });
  const facts = extractReportFacts(text, splitParagraphs(text, format), { language });

  if (options.format === 'json') {
    console.log(JSON.stringify({
      language,
      citations: citations.map(({ text: quoted, start, end, resolution, revision, confidence }) => ({
        text: quoted, start, end, resolution, revision: revision?.label ?? null, confidence,
      })),
      groups: facts.groups,
      meetings: facts.meetings,
      consultations: facts.consultations,
      actions: facts.actions,
      resolutionFacts: facts.resolutionFacts,
    }, null, 2));
    return 0;
  }
  console.log(`language: ${language}`);
  console.log(`\ncitations (${citations.length}):`);
  for (const citation of citations) {
    console.log(`  ${citation.start}-${citation.end}  ${citation.text}  →  ${citation.resolution ?? 'unresolved'}${citation.revision ? ` (${citation.revision.label})` : ''}  ${citation.confidence.toFixed(2)}`);
  }
  console.log(`\nmeetings (${facts.meetings.length}):`);
  for (const meeting of facts.meetings) console.log(`  ${meeting.id}  ${meeting.startDate ?? '?'}${meeting.endDate && meeting.endDate !== meeting.startDate ? ` to ${meeting.endDate}` : ''}  ${meeting.format ?? ''}`);
  console.log(`\nconsultations (${facts.consultations.length}):`);
  for (const consultation of facts.consultations) console.log(`  ${consultation.id}  ${consultation.topic}  responses: ${consultation.responses?.total ?? '?'}`);
  console.log(`\nactions (${facts.actions.length}):`);
  for (const action of facts.actions) console.log(`  ${action.id}  ${action.assignees.join(', ')}  ${action.text.slice(0, 60)}`);
  return 0;
}
