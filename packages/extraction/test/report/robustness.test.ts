import { describe, expect, it } from 'vitest';
import { extractReportFacts } from '../../src/report';
import { normalizeText, splitParagraphs } from '../../src/text';

const run = (raw: string, format: 'txt' | 'md' | 'html' = 'txt') => {
  const text = normalizeText(raw);
  return extractReportFacts(text, splitParagraphs(text, format));
};

describe('extractReportFacts on unusual input', () => {
  it('returns nothing for an empty document', () => {
    expect(extractReportFacts('', [])).toEqual({ groups: [], meetings: [], consultations: [], actions: [], resolutionFacts: [] });
  });

  it('does not invent meetings when no group is named', () => {
    const facts = run('1.1\t第十六次会议于2021年9月23日举行。\n1.2\tThe 16th meeting was held on 23 September 2021.');
    expect(facts.groups).toEqual([]);
    expect(facts.meetings).toEqual([]);
  });

  it('does not take sentences that only ask the reader as actions', () => {
    const facts = run('CWG-Internet\n3\t结论\n3.1\t请理事会将CWG-Internet第十六次会议的报告记录在案。');
    expect(facts.actions).toEqual([]);
  });

  it('leaves a date unassigned when a sentence does not pair meetings and dates one to one', () => {
    const facts = run('2.1\tCWG-Internet第十六次会议和第十七次会议于2022年1月19日举行。');
    expect(facts.meetings.map((m) => [m.id, m.startDate])).toEqual([['CWG-INTERNET-16', null], ['CWG-INTERNET-17', null]]);
  });

  it('reads a report given as markdown', () => {
    const facts = run('# CWG-Internet\n\n## 2.1 Meetings\n\nThe 18th meeting of CWG-Internet was held\nvirtually on 5 September 2022.\n', 'md');
    expect(facts.meetings).toEqual([expect.objectContaining({ id: 'CWG-INTERNET-18', startDate: '2022-09-05', format: 'VIRTUAL' })]);
  });
});
