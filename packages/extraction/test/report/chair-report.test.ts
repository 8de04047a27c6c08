import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractReportFacts, type ReportFacts } from '../../src/report';
import { decodeDocument, detectLanguage, normalizeText, splitParagraphs } from '../../src/text';
import type { ActionFact, ConsultationFact, MeetingFact } from '../../src/types';
import { expectExactQuotes, expectStatesDate, expectStatesNumber } from './helpers';
// The real documents, read in place (skipped by name where a machine has none).
import { CORPUS, hasCorpus } from '../../../../test/support/corpus';

/**
 * The real Chinese chair report of CWG-Internet, read in place. Expected values come from reading
 * the document (see the corpus README), not from the extractor's output.
 */
const FILE = 'itu-council/000_8f73a2edc1468054.txt';

let text: string;
let facts: ReportFacts;

beforeAll(() => {
  if (!hasCorpus) return;
  text = normalizeText(decodeDocument(readFileSync(path.join(CORPUS, FILE)), FILE));
  facts = extractReportFacts(text, splitParagraphs(text, 'txt'));
});

const meeting = (id: string): MeetingFact => {
  const m = facts.meetings.find((x) => x.id === id);
  if (!m) throw new Error(`meeting ${id} not found in ${facts.meetings.map((x) => x.id).join(', ')}`);
  return m;
};
const consultation = (id: string): ConsultationFact => {
  const c = facts.consultations.find((x) => x.id === id);
  if (!c) throw new Error(`consultation ${id} not found in ${facts.consultations.map((x) => x.id).join(', ')}`);
  return c;
};
const actionsOf = (meetingId: string): ActionFact[] => facts.actions.filter((a) => a.meetingId === meetingId);

describe.skipIf(!hasCorpus)('chair report of CWG-Internet (zh)', () => {
  it('is Chinese', () => expect(detectLanguage(text)).toBe('zh'));

  it('finds the group', () => {
    expect(facts.groups.map((g) => g.id)).toEqual(['CWG-INTERNET']);
    const group = facts.groups[0]!;
    expect(group.name).toContain('国际互联网相关公共政策问题');
    expect(group.source.quote).toContain('CWG-Internet');
  });

  it('finds the 16th and 17th meetings with dates, format and contributions', () => {
    const m16 = meeting('CWG-INTERNET-16');
    expect(m16).toMatchObject({ groupId: 'CWG-INTERNET', number: 16, kind: 'GROUP_MEETING', startDate: '2021-09-23', endDate: '2021-09-23', format: 'VIRTUAL', contributionsReceived: 5 });
    const m17 = meeting('CWG-INTERNET-17');
    expect(m17).toMatchObject({ groupId: 'CWG-INTERNET', number: 17, kind: 'GROUP_MEETING', startDate: '2022-01-19', endDate: '2022-01-20', format: 'VIRTUAL', contributionsReceived: 3 });
    for (const m of [m16, m17]) {
      expectStatesNumber(m.source, m.number);
      expectStatesDate(m.evidence?.date, m.startDate!);
      expect(m.evidence?.format?.quote).toContain('虚拟');
      expectStatesNumber(m.evidence?.contributionsReceived, m.contributionsReceived!);
      expect(m.evidence?.contributionsReceived?.quote).toContain(`收到${m.contributionsReceived}份文稿`);
    }
    expect(m17.evidence?.date?.quote).toContain('2022年1月19-20日');
  });

  it('knows the 15th meeting only as the one that launched the earlier consultation', () => {
    expect(meeting('CWG-INTERNET-15')).toMatchObject({ startDate: null, endDate: null, format: null, contributionsReceived: null });
  });

  it('finds the two open-consultation meetings with participant counts', () => {
    const oc9 = meeting('CWG-INTERNET-OC-9');
    expect(oc9).toMatchObject({ kind: 'OPEN_CONSULTATION_MEETING', number: 9, startDate: '2021-09-20', registered: { value: 150, atLeast: true }, participants: { value: 75, atLeast: true } });
    const oc10 = meeting('CWG-INTERNET-OC-10');
    expect(oc10).toMatchObject({ kind: 'OPEN_CONSULTATION_MEETING', number: 10, startDate: '2022-01-11', endDate: '2022-01-11', registered: { value: 111, atLeast: false }, participants: { value: 60, atLeast: true } });
    for (const m of [oc9, oc10]) {
      expectStatesNumber(m.source, m.number);
      expectStatesDate(m.evidence?.date, m.startDate!);
      expectStatesNumber(m.evidence?.registered, m.registered!.value);
      expectStatesNumber(m.evidence?.participants, m.participants!.value);
    }
    expect(facts.meetings.map((m) => m.id).sort()).toEqual(['CWG-INTERNET-15', 'CWG-INTERNET-16', 'CWG-INTERNET-17', 'CWG-INTERNET-OC-10', 'CWG-INTERNET-OC-9']);
  });

  it('finds the consultation launched at the 16th meeting and reviewed at the 17th', () => {
    const c = consultation('CWG-INTERNET-CONS-2021-10');
    expect(c).toMatchObject({
      groupId: 'CWG-INTERNET',
      topic: '互联网的环境影响和惠益',
      opens: '2021-10',
      closes: '2021-12',
      launchedAt: 'CWG-INTERNET-16',
      reviewedAt: 'CWG-INTERNET-17',
      consultationMeeting: 'CWG-INTERNET-OC-10',
    });
    expect(c.questions).toHaveLength(4);
    for (const q of c.questions) expect(q).toMatch(/？$/);
    expect(c.questions[0]).toContain('互联网对环境有什么影响');
    expect(c.responses?.total).toBe(20);
    expect(c.responses?.byCategory).toEqual([
      { category: 'GOVERNMENT', count: 3 },
      { category: 'PRIVATE_SECTOR', count: 5 },
      { category: 'INDUSTRY_ASSOCIATION', count: 2 },
      { category: 'CIVIL_SOCIETY', count: 6 },
      { category: 'INTERNATIONAL_ORGANIZATION', count: 2 },
    ]);
    // The report's breakdown adds up to 18, not 20: the stated total is kept, the gap noted.
    expect(c.responses?.categorized).toBe(18);
    expect(c.responses?.note).toContain('20');
    expectStatesDate(c.source, '2021-10');
    expectStatesNumber(c.evidence?.responses, 20);
    for (const { count } of c.responses!.byCategory) expectStatesNumber(c.evidence?.responses, count);
    expect(c.evidence?.questions?.paragraph).toBe('2.5.1');
  });

  it('finds the consultation launched at the 15th meeting and reviewed at the 16th', () => {
    const c = consultation('CWG-INTERNET-CONS-2021-02');
    expect(c).toMatchObject({
      opens: '2021-02',
      closes: '2021-09',
      launchedAt: 'CWG-INTERNET-15',
      reviewedAt: 'CWG-INTERNET-16',
      consultationMeeting: 'CWG-INTERNET-OC-9',
      questions: [],
    });
    expect(c.topic).toContain('COVID-19');
    expect(c.responses).toEqual({
      total: 17,
      byCategory: [
        { category: 'GOVERNMENT', count: 5 },
        { category: 'PRIVATE_SECTOR', count: 1 },
        { category: 'CIVIL_SOCIETY', count: 10 },
        { category: 'INTERNATIONAL_ORGANIZATION', count: 1 },
      ],
    });
    expectStatesDate(c.source, '2021-02');
    expectStatesNumber(c.evidence?.responses, 17);
    expect(facts.consultations).toHaveLength(2);
  });

  it('holds the consultations under the resolutions that govern them, not the abrogated one', () => {
    for (const c of facts.consultations) {
      expect(c.resolutions).toContain('C-RES-1336');
      expect(c.resolutions).not.toContain('C-RES-1344');
    }
  });

  it('finds the actions of each meeting, with assignees and the consultation they concern', () => {
    expect(actionsOf('CWG-INTERNET-16').map((a) => a.id)).toEqual(['CWG-INTERNET-16/2.5.1', 'CWG-INTERNET-16/2.5.2', 'CWG-INTERNET-16/2.5.3']);
    expect(actionsOf('CWG-INTERNET-17').map((a) => a.id)).toEqual(['CWG-INTERNET-17/2.7.1', 'CWG-INTERNET-17/2.7.2', 'CWG-INTERNET-17/2.7.3']);
    expect(facts.actions).toHaveLength(6);

    const byParagraph = new Map(facts.actions.map((a) => [a.paragraph, a]));
    expect(byParagraph.get('2.5.1')).toMatchObject({ assignees: ['SECRETARIAT'], consultation: 'CWG-INTERNET-CONS-2021-10' });
    expect(byParagraph.get('2.5.2')).toMatchObject({ assignees: ['GROUP'], consultation: 'CWG-INTERNET-CONS-2021-02' });
    expect(byParagraph.get('2.5.3')).toMatchObject({ assignees: ['BUREAU_DIRECTORS'], consultation: 'CWG-INTERNET-CONS-2021-02' });
    expect(byParagraph.get('2.7.1')).toMatchObject({ assignees: ['BUREAU_DIRECTORS'], consultation: 'CWG-INTERNET-CONS-2021-10' });
    expect(byParagraph.get('2.7.2')).toMatchObject({ assignees: ['GROUP'], consultation: null });
    expect(byParagraph.get('2.7.3')).toMatchObject({ assignees: ['SECRETARIAT'], consultation: null });
    expect(byParagraph.get('2.7.3')!.references).toContain('PP-RES-133');
    for (const a of facts.actions) {
      expect(a.source.paragraph).toBe(a.paragraph);
      expect(a.source.quote).toBe(a.text);
      expect(a.text).not.toMatch(/^\d/);
    }
    expect(byParagraph.get('2.5.1')!.text).toContain('•');
  });

  it('finds what the report says resolutions did', () => {
    const kinds = facts.resolutionFacts.map((f) => [f.resolution, f.kind, f.target]);
    expect(kinds).toEqual(expect.arrayContaining([
      ['C-RES-1336', 'ESTABLISHES', 'CWG-INTERNET'],
      ['C-RES-1344', 'MERGED_INTO', 'C-RES-1336'],
      ['C-RES-1344', 'ABROGATED', null],
    ]));
    expect(facts.resolutionFacts).toHaveLength(3);
    for (const f of facts.resolutionFacts) {
      expect(f.source.quote).toContain(f.resolution.replace(/^C-RES-/, ''));
      expect(f.source.paragraph).toMatch(/^1\.[13]$/);
    }
    expect(facts.resolutionFacts.find((f) => f.kind === 'ABROGATED')!.source.quote).toContain('2019');
  });

  it('quotes the document exactly in every source and evidence span', () => {
    expectExactQuotes(text, facts);
  });
});
