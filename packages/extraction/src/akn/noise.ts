/**
 * Repairs for the noise the PDF-to-AKN conversion leaves in the PP-18 Final Acts. Every function
 * works on extracted plain text (never on markup) and is conservative: when a pattern is not
 * clearly noise, the text is left as it is.
 *
 * What the data shows (counted over pp18_final_acts_akn.xml):
 * - footnotes: the page's footnote area is run into the text of the paragraph where the page
 *   ended, after a rule of underscores: `...; ____________________ 1 These include the least
 *   developed countries ...` (66 rules: 59 in recitals and clauses holding 63 notes, 6 inside
 *   annexes, 1 in the back matter). Several notes can follow (`... transition. 2 Guidelines
 *   for ...`), and the body can resume after them (`... networks. 2 to coordinate ...`,
 *   `... sales. instructs the Director ...`). Reference marks stay glued to words (`countries1`).
 * - the first paragraph of every operative block (164) has no `<num>`; in 116 the number is the
 *   first word of the text (`1 that the ...`), in the others the block has a single clause. The
 *   first recital of every group (276) has no `<num>`; 230 start with their letter (`a) the ...`).
 * - operative headings glued into text (154, see headings.ts), 13 of which end the preamble:
 *   the operative part ran into the last recital.
 * - clauses run into one element (`...; 10 that ...; 11 that ...`).
 * - annexes (13, in 7 instruments) and the back matter of the volume (`PART IV - LIST OF
 *   RESOLUTIONS ABROGATED`, signatures, declarations) run into the last operative paragraph of
 *   an instrument and then continue as `<paragraph>`s with page and table numbers as `<num>`.
 */

export interface Footnote {
  /** As printed: `1`, `*`. */
  number: string;
  text: string;
}

export interface FootnoteSplit {
  body: string;
  notes: Footnote[];
}

const RULE = /\s*_{5,}\s*/;
const NOTE_START = /^(\d{1,2}|\*{1,3}) (?=\S)/;
/** A following note starts with its number and a capital, a quote, or a web address. */
const NEXT_NOTE = /(?<=\s)(\d{1,2}) (?=[A-Z"“'(]|www\.|https?:)/g;
/**
 * The body resumes after a note when, after the end of a sentence, we see what only body text
 * starts with: an operative heading verb, a clause or sub-item number followed by a lower-case
 * word (`2 to coordinate`, `4.6 the Plenipotentiary Conference`), or a bullet.
 */
const RESUME = /(?<=[.;:!?)"”] )(?=(?:(?:further |also )?(?:resolves|decides|instructs|invites|urges|encourages|requests|recommends|authorizes|calls upon|expresses|confirms)\b)|\d{1,2}(?:\.\d{1,2})* [a-z(]|•)/g;

/** Moves run-in footnotes out of a paragraph's text. */
export function splitFootnotes(text: string): FootnoteSplit {
  const notes: Footnote[] = [];
  let body = text;
  for (let rule = RULE.exec(body); rule; rule = RULE.exec(body)) {
    const before = body.slice(0, rule.index);
    const after = body.slice(rule.index + rule[0].length);
    const read = readNotes(after);
    notes.push(...read.notes);
    body = joinText(before, read.resumed);
  }
  return { body, notes };
}

function readNotes(area: string): { notes: Footnote[]; resumed: string } {
  const notes: Footnote[] = [];
  let start = NOTE_START.exec(area);
  // A rule with no numbered note after it is only a rule: drop it, keep the text.
  if (!start) return { notes, resumed: area };
  let pos = 0;
  while (start) {
    const number = start[1]!;
    const textStart = pos + start[0].length;
    const nextNote = findNextNote(area, textStart, number);
    const resume = firstMatchFrom(RESUME, area, textStart);
    if (resume !== null && (nextNote === null || resume <= nextNote)) {
      notes.push({ number, text: area.slice(textStart, resume).trim() });
      return { notes, resumed: area.slice(resume) };
    }
    const end = nextNote ?? area.length;
    notes.push({ number, text: area.slice(textStart, end).trim() });
    if (nextNote === null) break;
    pos = nextNote;
    start = NOTE_START.exec(area.slice(pos));
  }
  return { notes, resumed: '' };
}

/** Notes on a page are numbered consecutively: after note 2 only a `3` can start a note. */
function findNextNote(area: string, from: number, current: string): number | null {
  if (!/^\d+$/.test(current)) return null;
  const wanted = String(Number(current) + 1);
  NEXT_NOTE.lastIndex = from;
  for (let m = NEXT_NOTE.exec(area); m; m = NEXT_NOTE.exec(area)) {
    if (m[1] === wanted) return m.index;
  }
  return null;
}

function firstMatchFrom(re: RegExp, text: string, from: number): number | null {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : null;
}

export function joinText(a: string, b: string): string {
  const left = a.trim();
  const right = b.trim();
  return left && right ? `${left} ${right}` : left || right;
}

export interface MarkerStrip {
  text: string;
  /** Note numbers whose reference marks were removed, in order of appearance. */
  removed: string[];
}

/**
 * Removes footnote reference marks glued to a word (`developing countries1 and`,
 * `(UN-SWAP)2;`), but only for numbers that are notes of this instrument, and never from
 * identifiers where a digit belongs to the word (`IPv6`, WSIS action line `C5`).
 */
export function stripFootnoteMarkers(text: string, noteNumbers: ReadonlySet<string>): MarkerStrip {
  const removed: string[] = [];
  if (!noteNumbers.size) return { text, removed };
  const out = text.replace(/(?<=[\p{L})"”’])\d{1,2}(?=[\s,.;:)]|$)/gu, (digits: string, offset: number) => {
    if (!noteNumbers.has(digits)) return digits;
    const word = /[\p{L}]*$/u.exec(text.slice(0, offset))![0];
    if (word.length === 1 || /IPv$/.test(word)) return digits;
    removed.push(digits);
    return '';
  });
  return { text: out, removed };
}

export interface TrailingMatter {
  /** Where the annex or back matter starts in the text. */
  index: number;
  /** End of its heading. */
  end: number;
  kind: 'annex' | 'back-matter';
  /** `ANNEX 1 TO RESOLUTION 71 (REV. DUBAI, 2018)` or `PART IV - `. */
  heading: string;
  /** `1` for `ANNEX 1 TO ...`, null for a single `ANNEX TO ...`. */
  label: string | null;
}

/**
 * Annex headings are printed in capitals and name their instrument; the volume's part headings
 * (`PART IV - LIST OF RESOLUTIONS ABROGATED ...`) may be preceded by the page number.
 */
const TRAILING = /\bANNEX(?: (\d+))? TO (?:RESOLUTION|DECISION|RECOMMENDATION) \d+(?: \([^)]*\))?|(?:\b\d{1,3} )?\bPART [IVX]+ - /;

export function findTrailingMatter(text: string): TrailingMatter | null {
  const m = TRAILING.exec(text);
  if (!m) return null;
  const annex = m[0].startsWith('ANNEX');
  return { index: m.index, end: m.index + m[0].length, kind: annex ? 'annex' : 'back-matter', heading: m[0].trim(), label: annex ? m[1] ?? null : null };
}

/**
 * `1 that the Council ...` → number 1: the `<num>` the conversion left inside the text. Callers
 * only accept the number they expect next, so `RAG, TSAG and TDAG` after `1` is fine too.
 */
export function leadingNumber(text: string): { number: number; rest: string } | null {
  const m = /^(\d{1,2}) (?=[^\d\s])/.exec(text);
  return m ? { number: Number(m[1]), rest: text.slice(m[0].length) } : null;
}

/**
 * The intro of the next group of recitals (`noting with appreciation`) glued to the end of a
 * recital. A recital never ends with a bare participle, so only a known intro at the very end,
 * after a comma, counts.
 */
const GLUED_INTRO = /, ((?:further )?(?:considering|recognizing|recalling|noting|taking into account|taking into consideration|aware|bearing in mind|emphasizing|welcoming|mindful|convinced|concerned|stressing|reaffirming|observing|having [a-z]+|conscious|appreciating|highlighting|acknowledging|underlining|realizing)(?: (?:further|also|with (?:appreciation|satisfaction|concern)(?: and (?:appreciation|satisfaction|concern))?))?)$/;

export function trailingRecitalIntro(text: string): { text: string; intro: string } | null {
  const m = GLUED_INTRO.exec(text);
  return m ? { text: text.slice(0, m.index + 1), intro: m[1]! } : null;
}

/** `a) the strategic plan ...` → label `a)`: a recital letter left inside the text. */
export function leadingLabel(text: string): { label: string; rest: string } | null {
  const m = /^((?:[a-z]|[ivx]{1,5})\)) (?=\S)/.exec(text);
  return m ? { label: m[1]!, rest: text.slice(m[0].length) } : null;
}

/**
 * Splits clauses that the conversion ran together: after clause `after`, the text
 * `...; 10 that ...; 11 that ...` holds clauses 10 and 11. Only the next number in sequence,
 * after a clause-ending punctuation mark and before a lower-case word, counts, so quantities
 * (`7 per cent`) and sub-items (`4.1 salary scales`) stay in their clause.
 */
export function splitInlineClauses(text: string, after: number): { lead: string; clauses: { number: number; text: string }[] } {
  const clauses: { number: number; text: string }[] = [];
  let lead = text;
  let expected = after + 1;
  let current: { number: number; text: string } | null = null;
  for (;;) {
    const source: string = current ? current.text : lead;
    const re = new RegExp(`(?<=[;,.:] )${expected} (?=[a-z(“"'])(?!(?:per|kHz|MHz|GHz|years?|months?|days?|weeks?|hours?|times|million|billion|percent|of|and|or)\\b)`);
    const m = re.exec(source);
    if (!m) break;
    const head = source.slice(0, m.index).trimEnd();
    const tail: string = source.slice(m.index + m[0].length);
    if (current) current.text = head;
    else lead = head;
    current = { number: expected, text: tail };
    clauses.push(current);
    expected++;
  }
  return { lead, clauses };
}
