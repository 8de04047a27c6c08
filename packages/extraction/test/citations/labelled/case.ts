import type { CitationContext, LanguageCode } from '../../../src';

/** One citation a reader would mark in `text`. */
export interface ExpectedCitation {
  /** The cited words exactly as written; the test finds their offset in `text`, in order of appearance. */
  text: string;
  /** Contract id, or null when the text does not say which instrument it is. */
  resolution: string | null;
  /** Revision label, or null when none is written. */
  revision: string | null;
}

/**
 * A sentence written for the tests (never copied from the corpus) with the citations it holds.
 * `expected: []` marks a hard negative: numbers and words that look like a citation and are not.
 */
export interface LabelledCase {
  text: string;
  language: LanguageCode;
  /** What the caller knows about the document: its issuer, for "this Conference" and bare numbers. */
  context?: Omit<CitationContext, 'language'>;
  expected: ExpectedCitation[];
}

/** Context of a document of the PP-18 Final Acts. */
export const PP_FINAL_ACTS: LabelledCase['context'] = { documentIssuer: 'PP', documentConference: { issuer: 'PP', place: 'Dubai', year: 2018 } };
