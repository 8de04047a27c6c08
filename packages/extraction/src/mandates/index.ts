import type { InstrumentFact, MandateFact, MandateRelation } from '../types';

/** Council working groups go by acronyms (CWG-Internet, CWG-WSIS): the acronym in upper case is the group id. */
const GROUP_ACRONYM = /\bCWG-[A-Za-z]{2,}\b/gu;

/** What an operative block does to the activities it names. */
function relationOf(block: string): MandateRelation {
  if (block.startsWith('instructs')) return 'INSTRUCTS';
  if (/^(?:invites|encourages|requests|urges|calls)/u.test(block)) return 'GUIDES';
  if (/^(?:resolves|decides)/u.test(block)) return 'BASIS_FOR';
  return 'REFERENCES';
}

/**
 * Mandates an instrument gives in its operative clauses: each clause that names a group yields an edge
 * from the instrument to the group, with the clause as provenance (recitals only recall, so they give none).
 */
export function extractMandates(instrument: InstrumentFact): MandateFact[] {
  const mandates: MandateFact[] = [];
  for (const clause of instrument.operativeClauses) {
    const groups = new Set([...clause.text.matchAll(GROUP_ACRONYM)].map((match) => match[0].toUpperCase()));
    for (const group of groups) {
      mandates.push({ resolution: instrument.id, relation: relationOf(clause.block), activity: group, activityType: 'Group', source: clause.source });
    }
  }
  return mandates;
}
