/**
 * Invisible characters that word processors and web pages leave inside words: zero-width space,
 * zero-width (non-)joiner, word joiner, BOM / zero-width no-break space, soft hyphen, Mongolian
 * vowel separator. They break matching ("CWG-Inter\u200Bnet") and are never meaningful in the
 * governance texts we ingest (no Persian or emoji sequences to preserve).
 */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;

/**
 * The one canonical form of a document's text: every stored offset and quote refers to the string
 * returned here. NFC (not NFKC) so that full-width punctuation and digits (（）、：１) survive, as the
 * extractors read them; line ends become LF; invisible characters are removed.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFC');
}
