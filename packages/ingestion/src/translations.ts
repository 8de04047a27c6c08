import type { LanguageCode } from '@mandate-graph/extraction';

/** The letter ITU file names end with for each language: T-REC-E.119-201704-A is the Arabic version. */
const ITU_LANGUAGE_LETTERS: Record<string, LanguageCode> = { A: 'ar', C: 'zh', E: 'en', F: 'fr', R: 'ru', S: 'es' };

/**
 * The work a document is one language version of, so that its versions in other languages find each other:
 * the one its repository's manifest declares (any repository may hold a version of it), or, read from its
 * name, when the name ends in the mark of the very language the document is in: ITU's letter
 * (`T-REC-E.119-201704-F`, a French text) or a language code (`report-en`, `report_zh`, `report.fr`). The work
 * read from a name is its repository's; a name without such an ending (`annex-A` in English) names no work.
 */
export function workOf(repository: string, name: string, language: LanguageCode, declared?: string): string | null {
  if (declared) return declared;
  const itu = /^(.+)-([ACEFRS])$/.exec(name);
  if (itu && ITU_LANGUAGE_LETTERS[itu[2]!] === language) return `${repository}/${itu[1]}`;
  const code = /^(.+)[-_.](ar|en|es|fr|ru|zh)$/i.exec(name);
  if (code && code[2]!.toLowerCase() === language) return `${repository}/${code[1]}`;
  return null;
}
