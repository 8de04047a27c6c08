import { beforeAll, describe, expect, it } from 'vitest';
import { extractReportFacts, type ReportFacts } from '../../src/report';
import { normalizeText, splitParagraphs } from '../../src/text';
import { CHINESE_REPORT } from './fixtures/chinese-report';
import { expectExactQuotes, expectStatesNumber } from './helpers';

let text: string;
let facts: ReportFacts;

beforeAll(() => {
  text = normalizeText(CHINESE_REPORT);
  facts = extractReportFacts(text, splitParagraphs(text, 'txt'), { language: 'zh' });
});

describe('another Chinese report (another group, other wording)', () => {
  it('finds the group and its name', () => {
    expect(facts.groups).toEqual([expect.objectContaining({ id: 'CWG-COP', name: '儿童在线保护理事会工作组' })]);
  });

  it('reads a cross-month range, a hybrid format and a count in Chinese numerals', () => {
    const m = facts.meetings.find((x) => x.id === 'CWG-COP-21')!;
    expect(m).toMatchObject({ number: 21, startDate: '2023-11-30', endDate: '2023-12-01', format: 'HYBRID', contributionsReceived: 7 });
    expectStatesNumber(m.source, 21);
    expect(m.evidence?.contributionsReceived?.quote).toContain('七份文稿');
  });

  it('reads "超过N" and "逾N" as at least N', () => {
    const oc = facts.meetings.find((x) => x.id === 'CWG-COP-OC-12')!;
    expect(oc).toMatchObject({ startDate: '2023-09-15', registered: { value: 200, atLeast: true }, participants: { value: 90, atLeast: true } });
  });

  it('finds the consultation with academia and technical community responses', () => {
    expect(facts.consultations).toHaveLength(1);
    expect(facts.consultations[0]).toMatchObject({
      id: 'CWG-COP-CONS-2023-06',
      topic: '保护儿童免受网络欺凌',
      launchedAt: 'CWG-COP-20',
      reviewedAt: 'CWG-COP-21',
      consultationMeeting: 'CWG-COP-OC-12',
      responses: {
        total: 25,
        byCategory: [
          { category: 'GOVERNMENT', count: 8 },
          { category: 'CIVIL_SOCIETY', count: 10 },
          { category: 'ACADEMIA', count: 4 },
          { category: 'TECHNICAL_COMMUNITY', count: 3 },
        ],
      },
    });
  });

  it('finds the actions and their addressees, not their recipients', () => {
    expect(facts.actions.map((a) => [a.id, a.assignees])).toEqual([
      ['CWG-COP-21/1.3.1', ['BDT']],
      ['CWG-COP-21/1.3.2', ['SECRETARY_GENERAL']],
    ]);
  });

  it('quotes the text exactly', () => expectExactQuotes(text, facts));
});
