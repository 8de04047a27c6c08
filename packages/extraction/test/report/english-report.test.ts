import { beforeAll, describe, expect, it } from 'vitest';
import { extractReportFacts, type ReportFacts } from '../../src/report';
import { detectLanguage, normalizeText, splitParagraphs } from '../../src/text';
import { ENGLISH_REPORT } from './fixtures/english-report';
import { expectExactQuotes, expectStatesDate, expectStatesNumber } from './helpers';

let text: string;
let facts: ReportFacts;

beforeAll(() => {
  text = normalizeText(ENGLISH_REPORT);
  facts = extractReportFacts(text, splitParagraphs(text, 'txt'));
});

describe('an English chair report', () => {
  it('is English', () => expect(detectLanguage(text)).toBe('en'));

  it('finds the group by acronym, with its full name', () => {
    expect(facts.groups).toHaveLength(1);
    expect(facts.groups[0]).toMatchObject({ id: 'CWG-INTERNET', name: 'Council Working Group on International Internet-related Public Policy Issues' });
  });

  it('finds meetings, dates, formats and contributions', () => {
    const m18 = facts.meetings.find((m) => m.id === 'CWG-INTERNET-18')!;
    expect(m18).toMatchObject({ startDate: '2022-09-05', endDate: '2022-09-06', format: 'VIRTUAL', contributionsReceived: 4 });
    expectStatesDate(m18.evidence?.date, '2022-09-05');
    const m19 = facts.meetings.find((m) => m.id === 'CWG-INTERNET-19')!;
    // Two formats in one sentence: each meeting gets the one written for it.
    expect(m19).toMatchObject({ startDate: '2022-11-30', endDate: '2022-12-02', format: 'PHYSICAL' });
    const oc = facts.meetings.find((m) => m.id === 'CWG-INTERNET-OC-11')!;
    expect(oc).toMatchObject({ kind: 'OPEN_CONSULTATION_MEETING', startDate: '2022-06-29', registered: { value: 90, atLeast: true }, participants: { value: 45, atLeast: false } });
    expectStatesNumber(oc.evidence?.registered, 90);
  });

  it('finds the consultations, responses by category, and the one announced with questions', () => {
    const reviewed = facts.consultations.find((c) => c.id === 'CWG-INTERNET-CONS-2022-03')!;
    expect(reviewed).toMatchObject({
      topic: 'Bridging the digital divide in rural areas',
      opens: '2022-03',
      closes: '2022-06',
      launchedAt: 'CWG-INTERNET-17',
      reviewedAt: 'CWG-INTERNET-18',
      consultationMeeting: 'CWG-INTERNET-OC-11',
    });
    expect(reviewed.responses).toEqual({
      total: 12,
      byCategory: [
        { category: 'GOVERNMENT', count: 4 },
        { category: 'PRIVATE_SECTOR', count: 3 },
        { category: 'CIVIL_SOCIETY', count: 4 },
        { category: 'ACADEMIA', count: 1 },
      ],
    });
    const announced = facts.consultations.find((c) => c.id === 'CWG-INTERNET-CONS-2022-10')!;
    expect(announced).toMatchObject({ topic: 'Internet resilience in emergencies', launchedAt: 'CWG-INTERNET-18', opens: '2022-10', closes: null });
    expect(announced.questions).toEqual(['What makes Internet services resilient?', 'Which policies help restore connectivity after a disaster?']);
  });

  it('finds the actions of the 18th meeting', () => {
    expect(facts.actions.map((a) => [a.id, a.assignees, a.consultation])).toEqual([
      ['CWG-INTERNET-18/2.4.1', ['SECRETARIAT'], 'CWG-INTERNET-CONS-2022-10'],
      ['CWG-INTERNET-18/2.4.2', ['BUREAU_DIRECTORS'], 'CWG-INTERNET-CONS-2022-03'],
      ['CWG-INTERNET-18/2.4.3', ['GROUP'], null],
    ]);
    expect(facts.actions[1]!.references).toContain('PP-RES-102');
  });

  it('finds what resolutions did', () => {
    expect(facts.resolutionFacts.map((f) => [f.resolution, f.kind, f.target])).toEqual([
      ['C-RES-1336', 'ESTABLISHES', 'CWG-INTERNET'],
      ['C-RES-1344', 'MERGED_INTO', 'C-RES-1336'],
      ['C-RES-1344', 'ABROGATED', null],
    ]);
  });

  it('quotes the text exactly', () => expectExactQuotes(text, facts));
});
