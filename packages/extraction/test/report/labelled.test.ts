import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type ConsultationFact, type LanguageCode, type MeetingFact } from '../../src';
import { extractReportFacts } from '../../src/report';
import { splitParagraphs } from '../../src/text/paragraphs';
import type { ExpectedAction, ExpectedConsultation, ExpectedMeeting, LabelledReport } from './labelled/case';
import { ar } from './labelled/ar';
import { en } from './labelled/en';
import { es } from './labelled/es';
import { fr } from './labelled/fr';
import { ru } from './labelled/ru';
import { zh } from './labelled/zh';

/**
 * The report extractors scored on passages written for the purpose (labelled/*.ts), per fact type and per
 * language: which meetings a passage names, their dates, formats, participant counts and contributions, and
 * the open consultations it launches or reports on, with their period and the responses by category, and the
 * actions agreed with who is to act. A
 * fact is the meeting's id with its value; a value found that the passage does not state is a false positive.
 */
const SETS: Record<LanguageCode, LabelledReport[]> = { ar, en, es, fr, ru, zh };
const FACT_TYPES = ['meeting', 'dates', 'format', 'participants', 'contributions', 'consultation', 'period', 'responses', 'action'] as const;
type FactType = (typeof FACT_TYPES)[number];
const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.9;

const count = (value: { value: number; atLeast: boolean }) => `${value.atLeast ? '≥' : ''}${value.value}`;

function expectedFacts(meeting: ExpectedMeeting): [FactType, string][] {
  const out: [FactType, string][] = [['meeting', meeting.id]];
  if (meeting.dates) out.push(['dates', `${meeting.id} ${meeting.dates.join('..')}`]);
  if (meeting.format) out.push(['format', `${meeting.id} ${meeting.format}`]);
  if (meeting.participants) out.push(['participants', `${meeting.id} participants ${count(meeting.participants)}`]);
  if (meeting.registered) out.push(['participants', `${meeting.id} registered ${count(meeting.registered)}`]);
  if (meeting.contributions !== undefined) out.push(['contributions', `${meeting.id} ${meeting.contributions}`]);
  return out;
}

function foundFacts(meeting: MeetingFact): [FactType, string][] {
  return expectedFacts({
    id: meeting.id,
    ...(meeting.startDate ? { dates: [meeting.startDate, meeting.endDate ?? meeting.startDate] as [string, string] } : {}),
    ...(meeting.format ? { format: meeting.format } : {}),
    ...(meeting.participants ? { participants: meeting.participants } : {}),
    ...(meeting.registered ? { registered: meeting.registered } : {}),
    ...(meeting.contributionsReceived !== null ? { contributions: meeting.contributionsReceived } : {}),
  });
}

function expectedConsultationFacts(consultation: ExpectedConsultation): [FactType, string][] {
  const out: [FactType, string][] = [['consultation', `${consultation.id} “${consultation.topic}”`]];
  if (consultation.opens || consultation.closes) out.push(['period', `${consultation.id} ${consultation.opens ?? '?'}..${consultation.closes ?? '?'}`]);
  if (consultation.responses) out.push(['responses', `${consultation.id} ${consultation.responses}`]);
  return out;
}

function foundConsultationFacts(consultation: ConsultationFact): [FactType, string][] {
  const responses = consultation.responses
    ? [consultation.responses.total, ...consultation.responses.byCategory.map((entry) => `${entry.category}:${entry.count}`)].join(' ')
    : undefined;
  return expectedConsultationFacts({
    id: consultation.id,
    topic: consultation.topic,
    ...(consultation.opens ? { opens: consultation.opens } : {}),
    ...(consultation.closes ? { closes: consultation.closes } : {}),
    ...(responses ? { responses } : {}),
  });
}

function actionFacts(action: ExpectedAction): [FactType, string][] {
  return [['action', `${action.id} ${[...action.assignees].sort().join(',')}`]];
}

interface Score { truePositives: number; falsePositives: number; falseNegatives: number; errors: string[] }

function score(cases: LabelledReport[]): Record<FactType, Score> {
  const scores = Object.fromEntries(FACT_TYPES.map((type) => [type, { truePositives: 0, falsePositives: 0, falseNegatives: 0, errors: [] }])) as unknown as Record<FactType, Score>;
  for (const labelled of cases) {
    const facts = extractReportFacts(labelled.text, splitParagraphs(labelled.text, 'txt'), { language: labelled.language });
    const expected = new Set([...labelled.meetings.flatMap(expectedFacts), ...(labelled.consultations ?? []).flatMap(expectedConsultationFacts), ...(labelled.actions ?? []).flatMap(actionFacts)]
      .map(([type, key]) => `${type}|${key}`));
    const found = new Set([...facts.meetings.flatMap(foundFacts), ...facts.consultations.flatMap(foundConsultationFacts), ...facts.actions.flatMap(actionFacts)]
      .map(([type, key]) => `${type}|${key}`));
    for (const fact of found) {
      const [type, key] = fact.split('|') as [FactType, string];
      if (expected.has(fact)) scores[type].truePositives++;
      else {
        scores[type].falsePositives++;
        scores[type].errors.push(`FP ${key} (${labelled.about})`);
      }
    }
    for (const fact of expected) {
      if (found.has(fact)) continue;
      const [type, key] = fact.split('|') as [FactType, string];
      scores[type].falseNegatives++;
      scores[type].errors.push(`FN ${key} (${labelled.about})`);
    }
  }
  return scores;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

describe('the labelled set of report facts', () => {
  it('has cases in every language, each type of fact stated in each, and passages that state none', () => {
    for (const language of LANGUAGE_CODES) {
      const cases = SETS[language];
      expect(cases.every((labelled) => labelled.language === language)).toBe(true);
      const stated = new Set(cases.flatMap((labelled) => [...labelled.meetings.flatMap(expectedFacts), ...(labelled.consultations ?? []).flatMap(expectedConsultationFacts), ...(labelled.actions ?? []).flatMap(actionFacts)].map(([type]) => type)));
      expect([...stated].sort(), language).toEqual([...FACT_TYPES].sort());
      expect(cases.some((labelled) => labelled.meetings.length === 0), language).toBe(true);
      // Several groups, so that no rule leans on one group's name.
      expect(new Set(cases.flatMap((labelled) => labelled.meetings.map((meeting) => meeting.id.replace(/-(?:OC-)?\d+$/, '')))).size, language).toBeGreaterThanOrEqual(3);
    }
  });

  for (const language of LANGUAGE_CODES) {
    it(`finds the report facts in ${language} with precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} for each type`, () => {
      const scores = score(SETS[language]);
      const rows = FACT_TYPES.map((type) => {
        const { truePositives, falsePositives, falseNegatives } = scores[type];
        return { type, precision: ratio(truePositives, truePositives + falsePositives), recall: ratio(truePositives, truePositives + falseNegatives), errors: scores[type].errors };
      });
      console.log(`${language}: ${rows.map((row) => `${row.type} P=${row.precision.toFixed(2)} R=${row.recall.toFixed(2)}`).join(', ')}`);
      for (const row of rows) {
        expect(row.precision, `${language} ${row.type} precision: ${row.errors.join('; ')}`).toBeGreaterThanOrEqual(MIN_PRECISION);
        expect(row.recall, `${language} ${row.type} recall: ${row.errors.join('; ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
      }
    });
  }
});
