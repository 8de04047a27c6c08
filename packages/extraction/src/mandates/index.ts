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

/**
 * Words that make what follows a partner of the clause's work, not the one the clause mandates: "to
 * encourage CWG-COP to liaise with CWG-Internet" mandates CWG-COP and only refers to CWG-Internet. In the
 * six languages: collaborate / liaise / coordinate / cooperate with, in cooperation with, together with.
 */
const PARTNER_BEFORE = new RegExp([
  String.raw`\b(?:liaise|collaborate|cooperate|co-operate|coordinate|co-ordinate|work|consult|interact)(?:\s+(?:closely|actively|jointly))?\s+with`,
  String.raw`\bin\s+(?:close\s+)?(?:cooperation|co-operation|collaboration|coordination|co-ordination|consultation|liaison)\s+with`,
  String.raw`\b(?:together|jointly)\s+with`,
  String.raw`\b(?:en\s+(?:étroite\s+)?(?:collaboration|coopération|coordination|liaison|concertation)|collaborer(?:\s+étroitement)?|coopérer|travailler)\s+avec`,
  String.raw`\b(?:en\s+(?:estrecha\s+)?(?:colaboración|cooperación|coordinación|consulta)|colaborar(?:\s+estrechamente)?|cooperar|coordinarse|trabajar)\s+con`,
  String.raw`(?:во\s+взаимодействии|в\s+сотрудничестве|в\s+координации|сотрудничать|взаимодействовать)\s+с`,
  String.raw`(?:بالتعاون|بالتنسيق|التعاون|التنسيق|التواصل)\s+مع`,
  // Chinese puts 与 or 同 before the partner and the verb after it: 与CWG-Internet联络.
  String.raw`[与同](?=\s*$)`,
].map((pattern) => String.raw`(?:${pattern})\s*(?:the\s+|le\s+|la\s+|el\s+)?$`).join('|'), 'iu');

/** What may stand between two partners of one list: "CWG-COP and CWG-Internet", "CWG-A, CWG-B y CWG-C". */
const LIST_GAP = /^[\s,、，]*(?:and|or|as\s+well\s+as|et|ou|y|o|e|и|или|和|及|以及|و)?[\s,、，]*(?:the\s+|le\s+|la\s+|el\s+)?$/iu;

/** The groups a clause names, each marked when it is only a partner of the work (it gets REFERENCES). */
function groupsOf(text: string): { group: string; partner: boolean }[] {
  const named = new Map<string, boolean>();
  let boundary = 0;
  let previousPartner = false;
  let previousGroup: string | null = null;
  for (const mention of findGroupMentions(text)) {
    const gap = text.slice(boundary, mention.start);
    boundary = mention.end;
    // "the Council Working Group on … (CWG-Internet)": the acronym after the name is the same mention.
    if (mention.groupId === previousGroup && /^\s*[(（]\s*$/u.test(gap)) continue;
    previousGroup = mention.groupId;
    const partner: boolean = PARTNER_BEFORE.test(gap) || (previousPartner && LIST_GAP.test(gap));
    // A group named once as the one mandated and once as a partner is mandated.
    named.set(mention.groupId, (named.get(mention.groupId) ?? true) && partner);
    previousPartner = partner;
  }
  return [...named].map(([group, partner]) => ({ group, partner }));
}

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
    const groups = groupsOf(clause.text);
    if (!groups.length) continue;
    const series = seriesNamedIn(clause.text);
    for (const { group, partner } of groups) {
      const relation = partner ? 'REFERENCES' : relationOf(clause.block);
      mandates.push({ resolution: instrument.id, relation, activity: group, activityType: 'Group', source: clause.source });
      // A clause naming several groups leaves unclear whose consultations it means.
      if (groups.length > 1) continue;
      for (const { activityType } of series) {
        mandates.push({ resolution: instrument.id, relation, activity: formatSeriesId(group, activityType), activityType, source: clause.source });
      }
    }
  }
  return mandates;
}
