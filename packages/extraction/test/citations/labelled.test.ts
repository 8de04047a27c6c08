import { beforeAll, describe, expect, it } from 'vitest';
import { findCitations, LANGUAGE_CODES, type Citation, type LanguageCode } from '../../src';
import type { ExpectedCitation, LabelledCase } from './labelled/case';
import { ar } from './labelled/ar';
import { en } from './labelled/en';
import { es } from './labelled/es';
import { fr } from './labelled/fr';
import { ru } from './labelled/ru';
import { zh } from './labelled/zh';

/**
 * The citation finder scored on sentences written for the purpose, per language (labelled/*.ts).
 * A found citation is a true positive when its span (offset and words, in the original text), its
 * contract id and its revision label are all the expected ones; anything else found is a false
 * positive, anything expected and not found so a false negative. What a text leaves undecided is
 * expected with `resolution: null`: the finder must not guess it, and must give it low confidence.
 */
const SETS: Record<LanguageCode, LabelledCase[]> = { ar, en, es, fr, ru, zh };
const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.95;

interface Located extends ExpectedCitation { start: number }

/** Offsets of the expected citations in the original text, each searched after the one before it. */
function locate(labelled: LabelledCase): Located[] {
  let from = 0;
  return labelled.expected.map((expected) => {
    const start = labelled.text.indexOf(expected.text, from);
    if (start < 0) throw new Error(`labelling error: "${expected.text}" is not in "${labelled.text}" after offset ${from}`);
    from = start + expected.text.length;
    return { ...expected, start };
  });
}

/** True positive: same offset, same words, same instrument and same revision label. */
function matches(predicted: Citation, expected: Located): boolean {
  return predicted.start === expected.start && predicted.text === expected.text
    && predicted.resolution === expected.resolution && (predicted.revision?.label ?? null) === expected.revision;
}

interface Score {
  cases: number; negatives: number; truePositives: number; falsePositives: number; falseNegatives: number;
  /** Each false positive and false negative, to show when a threshold is missed. */
  errors: string[];
  /** Spans that are not `text.slice(start, end)`, and found citations with the wrong confidence. */
  faults: string[];
}

function score(cases: LabelledCase[]): Score {
  const result: Score = { cases: cases.length, negatives: 0, truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [], faults: [] };
  for (const labelled of cases) {
    if (!labelled.expected.length) result.negatives += 1;
    const expected = locate(labelled);
    const predicted = findCitations(labelled.text, { language: labelled.language, ...labelled.context });
    const unmatched = new Set(expected);
    for (const citation of predicted) {
      if (labelled.text.slice(citation.start, citation.end) !== citation.text) result.faults.push(`span ${citation.start}-${citation.end} is not "${citation.text}"`);
      const hit = [...unmatched].find((candidate) => matches(citation, candidate));
      if (hit) {
        unmatched.delete(hit);
        result.truePositives += 1;
        // Never a confident guess: what the text leaves open is found with low confidence only.
        if ((hit.resolution === null) !== (citation.confidence < 0.5)) result.faults.push(`"${citation.text}" has confidence ${citation.confidence}`);
      } else {
        result.falsePositives += 1;
        result.errors.push(`FP ${JSON.stringify({ text: citation.text, start: citation.start, resolution: citation.resolution, revision: citation.revision?.label ?? null })} in "${labelled.text}"`);
      }
    }
    for (const missed of unmatched) {
      result.falseNegatives += 1;
      result.errors.push(`FN ${JSON.stringify(missed)} in "${labelled.text}"`);
    }
  }
  return result;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('the labelled citation set', () => {
  const scores = {} as Record<LanguageCode, Score>;
  beforeAll(() => {
    for (const language of LANGUAGE_CODES) scores[language] = score(SETS[language]);
  });

  it('prints precision and recall per language', () => {
    const rows = LANGUAGE_CODES.map((language) => {
      const { cases, negatives, truePositives, falsePositives, falseNegatives } = scores[language];
      return {
        language, cases, negatives, citations: truePositives + falseNegatives, TP: truePositives, FP: falsePositives, FN: falseNegatives,
        precision: ratio(truePositives, truePositives + falsePositives).toFixed(3), recall: ratio(truePositives, truePositives + falseNegatives).toFixed(3),
      };
    });
    console.log('Citation finder on the labelled set');
    console.table(rows);
    const errors = LANGUAGE_CODES.flatMap((language) => scores[language].errors.map((error) => `${language} ${error}`));
    if (errors.length) console.log(errors.join('\n'));
  });

  it.each(LANGUAGE_CODES)('%s: precision ≥ 0.98 and recall ≥ 0.95', (language) => {
    const { truePositives, falsePositives, falseNegatives, errors } = scores[language];
    expect(ratio(truePositives, truePositives + falsePositives), errors.join('\n')).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(ratio(truePositives, truePositives + falseNegatives), errors.join('\n')).toBeGreaterThanOrEqual(MIN_RECALL);
  });

  it('gives exact spans into the original text, and low confidence exactly to what it leaves unresolved', () => {
    expect(LANGUAGE_CODES.flatMap((language) => scores[language].faults.map((fault) => `${language} ${fault}`))).toEqual([]);
  });

  it('has enough cases in every language, positives and hard negatives', () => {
    let total = 0;
    for (const language of LANGUAGE_CODES) {
      const cases = SETS[language];
      total += cases.length;
      expect(cases.length, language).toBeGreaterThanOrEqual(20);
      expect(cases.every((labelled) => labelled.language === language), language).toBe(true);
      expect(scores[language].negatives, language).toBeGreaterThanOrEqual(5);
      expect(cases.filter((labelled) => labelled.expected.length).length, language).toBeGreaterThanOrEqual(15);
    }
    expect(total).toBeGreaterThanOrEqual(150);
  });
});
