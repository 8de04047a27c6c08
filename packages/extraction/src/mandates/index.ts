import { formatSeriesId } from '@mandate-graph/vocabulary';
import { findGroupMentions } from '../report/groups';
import type { InstrumentFact, MandateFact, MandateRelation } from '../types';

/** What an operative block does to the activities it names. */
function relationOf(block: string): MandateRelation {
  if (block.startsWith('instructs')) return 'INSTRUCTS';
  if (/^(?:invites|encourages|requests|urges|calls)/u.test(block)) return 'GUIDES';
  if (/^(?:resolves|decides)/u.test(block)) return 'BASIS_FOR';
  return 'REFERENCES';
}

/**
 * A group's recurring activities, by the words the six languages use for them. Meetings are tried
 * first: "open consultation meetings" are meetings, not consultations.
 */
type Series = 'MeetingSeries' | 'ConsultationSeries';

const SERIES: { activityType: Series; pattern: RegExp }[] = [
  {
    activityType: 'MeetingSeries',
    pattern: /open\s+consultation\s+meetings?|consultation\s+meetings?|réunions?\s+de\s+consultation|reuni(?:ón|ones)\s+de\s+consulta|консультационн\w*\s+собрани\w*|собрани\w*\s+по\s+консультаци\w*|公开磋商会议|磋商会议|اجتماعات?\s+التشاور/giu,
  },
  {
    activityType: 'ConsultationSeries',
    pattern: /open\s+(?:online\s+)?consultations?|consultations?\s+ouvertes?|consultas?\s+abiertas?|открыт\w*\s+консультаци\w*|公开磋商|(?:المشاورات|مشاورات?|مشاورة)\s+(?:ال)?مفتوحة/giu,
  },
];

/** Series of one group that a clause speaks of, each once, by its own words. */
function seriesNamedIn(text: string): { activityType: Series }[] {
  const named: { activityType: Series }[] = [];
  let rest = text;
  for (const series of SERIES) {
    series.pattern.lastIndex = 0;
    if (series.pattern.test(rest)) named.push(series);
    // Remove what matched so that "consultation meetings" does not also count as a consultation.
    rest = rest.replace(series.pattern, ' ');
  }
  return named;
}

/**
 * Mandates an instrument gives in its operative clauses: each clause that names a group (by acronym or
 * full name) yields an edge from the instrument to the group, and one to each of the group's series that
 * the clause speaks of (its open-consultation meetings, its open consultations), with the clause as
 * provenance. Recitals only recall, so they give none.
 */
export function extractMandates(instrument: InstrumentFact): MandateFact[] {
  const mandates: MandateFact[] = [];
  for (const clause of instrument.operativeClauses) {
    const groups = new Set(findGroupMentions(clause.text).map((mention) => mention.groupId));
    if (!groups.size) continue;
    const relation = relationOf(clause.block);
    const series = seriesNamedIn(clause.text);
    for (const group of groups) {
      mandates.push({ resolution: instrument.id, relation, activity: group, activityType: 'Group', source: clause.source });
      // A clause naming several groups leaves unclear whose consultations it means.
      if (groups.size > 1) continue;
      for (const { activityType } of series) {
        mandates.push({ resolution: instrument.id, relation, activity: formatSeriesId(group, activityType), activityType, source: clause.source });
      }
    }
  }
  return mandates;
}
