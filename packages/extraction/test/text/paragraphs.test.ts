import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument, normalizeText, splitParagraphs } from '../../src/text';
import type { Paragraph } from '../../src/types';
// The real documents, read in place (skipped by name where a machine has none).
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';


function expectSlices(text: string, paragraphs: Paragraph[]): void {
  for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
}

const brief = (ps: Paragraph[]) => ps.map((p) => [p.number, p.text]);

describe('splitParagraphs (txt)', () => {
  it('reads numbers followed by a TAB or by spaces, and excludes them from the text', () => {
    const text = '1\tIntroduction\n1.1\tFirst point.\n1.2   Second point.\n2.5.1 A third-level point.\n2.5.2.\tWith a trailing dot.\n3.\tListed.\n4) Bracketed.\n1bis.2.1\tInserted between.';
    const ps = splitParagraphs(text, 'txt');
    expect(brief(ps)).toEqual([
      ['1', 'Introduction'],
      ['1.1', 'First point.'],
      ['1.2', 'Second point.'],
      ['2.5.1', 'A third-level point.'],
      ['2.5.2', 'With a trailing dot.'],
      ['3', 'Listed.'],
      ['4)', 'Bracketed.'],
      ['1bis.2.1', 'Inserted between.'],
    ]);
    expectSlices(text, ps);
  });

  it('takes "1 Introduction" as a numbered heading but not a sentence that starts with a figure', () => {
    const text = '1 Introduction\n150 participants registered for the meeting.\n2 Activities of the group';
    expect(brief(splitParagraphs(text, 'txt'))).toEqual([
      ['1', 'Introduction'],
      [null, '150 participants registered for the meeting.'],
      ['2', 'Activities of the group'],
    ]);
  });

  it('reads lettered items as their own paragraphs', () => {
    const text = '1.2\tThe group shall:\na)\tstudy;\n(b) report;\n（c）\t咨询。';
    expect(brief(splitParagraphs(text, 'txt'))).toEqual([
      ['1.2', 'The group shall:'],
      ['a)', 'study;'],
      ['(b)', 'report;'],
      ['（c）', '咨询。'],
    ]);
  });

  it('keeps bullets (and the title line of an announced list) with the numbered paragraph before them', () => {
    const text = [
      '2.5.1\tThe Secretariat will consult on the following topic:',
      'Internet and the environment',
      '•\tWhat is the impact?',
      '•\tWhat can be done?',
      '2.5.2\tNext point.',
    ].join('\n');
    const ps = splitParagraphs(text, 'txt');
    expect(ps.map((p) => p.number)).toEqual(['2.5.1', '2.5.2']);
    expect(ps[0]!.text).toBe('The Secretariat will consult on the following topic:\nInternet and the environment\n•\tWhat is the impact?\n•\tWhat can be done?');
    expectSlices(text, ps);
  });

  it('lets bullets after an unnumbered line, or after a blank line, stand alone', () => {
    const text = 'Topics discussed\n•\tfirst\n- second\n\n1.1\tNumbered.\n\n•\tafter a gap';
    expect(brief(splitParagraphs(text, 'txt'))).toEqual([
      [null, 'Topics discussed'],
      [null, 'first'],
      [null, 'second'],
      ['1.1', 'Numbered.'],
      [null, 'after a gap'],
    ]);
  });

  it('does not swallow an ordinary line after a numbered paragraph that does not announce a list', () => {
    const text = '3.2\tThe Chair thanked the members.\nChair: A. Person';
    expect(brief(splitParagraphs(text, 'txt'))).toEqual([
      ['3.2', 'The Chair thanked the members.'],
      [null, 'Chair: A. Person'],
    ]);
  });

  it('trims indentation, skips blank and rule lines, and survives an empty text', () => {
    const text = ' \t Title line  \n\n______________\n  1.1\tBody\t \n';
    const ps = splitParagraphs(text, 'txt');
    expect(brief(ps)).toEqual([[null, 'Title line'], ['1.1', 'Body']]);
    expectSlices(text, ps);
    expect(splitParagraphs('', 'txt')).toEqual([]);
  });

  it.skipIf(!hasCorpus)('splits the real chair report into its numbered paragraphs', () => {
    const raw = readFileSync(path.join(CORPUS, 'itu-council/000_8f73a2edc1468054.txt'));
    const text = normalizeText(decodeDocument(raw, 'itu-council/000_8f73a2edc1468054.txt'));
    const ps = splitParagraphs(text, 'txt');
    expectSlices(text, ps);
    expect(ps.filter((p) => p.number !== null).map((p) => p.number)).toEqual([
      '1', '1.1', '1.2', 'a)', 'b)', 'c)', '1.3', '1.4',
      '2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.5.1', '2.5.2', '2.5.3', '2.6', '2.7', '2.7.1', '2.7.2', '2.7.3', '2.8',
      '3', '3.1', '3.2',
    ]);
    // 2.5.1 announces a consultation: its topic line and four bullet questions belong to it.
    const p251 = ps.find((p) => p.number === '2.5.1')!;
    expect(p251.text.split('\n')).toHaveLength(6);
    expect(p251.text.match(/•/g)).toHaveLength(4);
    expect(p251.text.startsWith('国际电联秘书处')).toBe(true);
    // No paragraph text starts with its number or a TAB.
    for (const p of ps) expect(p.text).not.toMatch(/^(?:\d+(?:\.\d+)*)?\t/);
  });
});

describe('splitParagraphs (md)', () => {
  it('reads headings, numbered list items, bullets and soft-wrapped lines', () => {
    const text = [
      '# Report of the Chair',
      '',
      '## 2.5 Actions',
      '',
      'The group agreed',
      'on these actions:',
      '',
      '1. The Secretariat will',
      '   launch a consultation.',
      '   - first question?',
      '2. The Directors will consider the responses.',
      '',
      '* a loose bullet',
    ].join('\n');
    const ps = splitParagraphs(text, 'md');
    expect(brief(ps)).toEqual([
      [null, 'Report of the Chair'],
      ['2.5', 'Actions'],
      [null, 'The group agreed\non these actions:'],
      ['1', 'The Secretariat will\n   launch a consultation.\n   - first question?'],
      ['2', 'The Directors will consider the responses.'],
      [null, 'a loose bullet'],
    ]);
    expectSlices(text, ps);
  });
});
