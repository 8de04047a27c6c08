import type { InstrumentFact, Issuer, LanguageCode, Paragraph } from '../types';

export interface AknParseOptions {
  /** Overrides the issuer read from `FRBRauthor` (`#itu-pp` → PP). */
  issuer?: Issuer;
}

/**
 * What the parser changed to undo conversion noise, and where (`component eId / element eId`).
 * Kept on the document so that ingestion can log it and tests can count it.
 */
export type AknRepairKind =
  /** A run-in footnote moved out of the text into `instrument.footnotes`. */
  | 'footnote-moved'
  /** A footnote reference mark glued to a word (`countries1`) removed from the text. */
  | 'footnote-mark-removed'
  /** A paragraph number that was left at the start of the text (`1 that ...`) read as the number. */
  | 'number-recovered'
  /** An unnumbered first paragraph numbered 1 because the next one is numbered 2. */
  | 'number-inferred'
  /** A recital letter left at the start of the text (`a) the ...`) read as its label. */
  | 'label-recovered'
  /** An operative heading glued to the end or middle of a paragraph split off as a new block. */
  | 'heading-split'
  /** A recital group intro (`noting also`) glued to the end of a recital split off as a new group. */
  | 'intro-split'
  /** The operative part, run into the last recital, moved out of the preamble. */
  | 'preamble-ended'
  /** A numbered clause run into the previous one (`...; 10 that ...`) split off. */
  | 'clause-split'
  /** Annex text run into the operative part separated from the operative clauses. */
  | 'annex-separated'
  /**
   * Back matter of the volume (part titles, lists of abrogated instruments, signatures, declarations) run
   * into an instrument: kept as paragraphs after its annexes, apart from its clauses.
   */
  | 'back-matter-kept'
  /**
   * An element the instrument reader has no rule for (a preamble `<container>` or `<blockList>`, a `<section>` in
   * the main body): its text kept as recitals or clauses, and reported, so that nothing is dropped unseen.
   */
  | 'element-kept';

export interface AknRepair {
  kind: AknRepairKind;
  /** Element path such as `cmp_res_102/statement/preamble/recs_noting/rec_7` (eIds where present). */
  where: string;
  /** Line of that element in the XML: the converter repeats eIds (`para_1`) inside one block. */
  line: number | null;
  detail: string;
}

export interface AknDocument {
  /**
   * Document name inside its repository: `res-102`, `dec-11`, `rec-7`; for a document that is not an
   * instrument its FRBRnumber, its component's eId, or null when the file holds only it.
   */
  name: string | null;
  /** As FRBRlanguage or xml:lang declare it; null when neither does (the text tells). */
  language: LanguageCode | null;
  title: string | null;
  /** The component's plain text: paragraphs joined by a blank line. */
  text: string;
  /**
   * Offsets into `text`. Numbering scheme:
   * - `null`: headings (instrument number line, title, enacting formula, recital intros such as
   *   `considering`, operative block headings, annex headings);
   * - `recital/N`: the N-th recital of the instrument (1-based, across all recital groups);
   * - `<block>/<n>`: operative clause n of a block, e.g. `resolves/1`,
   *   `instructs_the_secretary_general/2`; `<block>` alone for a block's single unnumbered clause;
   *   a block name that occurs twice in one instrument gets `~2` on its second occurrence;
   * - `footnote/<n>`: the footnote printed with number n;
   * - `annex/N` or `annex_<k>/N`: N-th paragraph of the (k-th) annex, in reading order (the
   *   conversion's numbers inside annexes are page and table cells, not paragraph numbers).
   */
  paragraphs: Paragraph[];
  /**
   * The instrument the document is; null for any other AKN document (a report, a collection's cover, an
   * instrument whose number cannot be read), which is read as headings and paragraphs.
   */
  instrument: InstrumentFact | null;
  /** From FRBRauthor or options.issuer; null when neither tells. */
  issuer: Issuer | null;
  repairs: AknRepair[];
  /** What the reader did not understand and kept as plain paragraphs, to tell the person who ingests it. */
  notices: string[];
}
