import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { factOrigin } from '@mandate-graph/server-kit';
import { ConsultationEntity, ResponseCountEntity, StakeholderCategory } from '../entities';

/**
 * Reports often give a consultation's period by month ("from October to December 2021"): it opens on the
 * first day of its first month and closes on the last day of its last.
 */
export function dayOf(date: string | null, end: 'first' | 'last'): string | null {
  if (!date || !/^\d{4}-\d{2}$/.test(date)) return date;
  if (end === 'first') return `${date}-01`;
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/**
 * Writes what one document says about consultations, inside the caller's transaction: a consultation
 * another document also describes is updated in place, and its tally replaced, never duplicated.
 */
export async function storeConsultationFacts(em: EntityManager, document: string | null, facts: ConsultationFact[], options: { curated?: boolean; isNew?: boolean } = {}): Promise<void> {
  // A document stored for the first time has said nothing yet that could be taken back.
  if (options.isNew && !facts.length) return;
  await storeConsultations(em, [{ document, facts, curated: options.curated }]);
  // Consultations an earlier version of the document described and this one no longer does go away.
  if (document && !options.isNew) await em.nativeDelete(ConsultationEntity, { origin: { document }, id: { $nin: facts.map((fact) => fact.id) } });
}

/**
 * What documents never stored before say about consultations, inside the caller's transaction, leaving what
 * storing each in turn would: a consultation two of them describe takes the later one's reading and tally.
 */
export async function storeConsultationFactsOfNewDocuments(em: EntityManager, documents: readonly { document: string; facts: ConsultationFact[] }[]): Promise<void> {
  const saying = documents.filter(({ facts }) => facts.length);
  if (saying.length) await storeConsultations(em, saying);
}

/** The documents' readings applied in turn, the rows they touch read once and written in one flush. */
async function storeConsultations(em: EntityManager, documents: readonly { document: string | null; facts: ConsultationFact[]; curated?: boolean }[]): Promise<void> {
  const ids = [...new Set(documents.flatMap(({ facts }) => facts.map((fact) => fact.id)))];
  const stored = new Map((ids.length ? await em.find(ConsultationEntity, { id: { $in: ids } }) : []).map((row) => [row.id, row]));
  // A tally replaces the one stored before; the last reading's tally of each consultation is written.
  const storedTallies = new Set(stored.keys());
  const tallies = new Map<string, { row: ConsultationEntity; byCategory: { category: string; count: number }[] }>();
  for (const { document, facts, curated } of documents) {
    for (const fact of facts) {
      const row = stored.get(fact.id) ??
        em.create(ConsultationEntity, { id: fact.id, topic: fact.topic, sortKey: '', origin: factOrigin(document, { paragraph: null, start: 0, end: 0, quote: '' }) });
      stored.set(fact.id, row);
      em.assign(row, {
        groupId: fact.groupId,
        topic: fact.topic,
        questions: fact.questions,
        opens: dayOf(fact.opens, 'first'),
        closes: dayOf(fact.closes, 'last'),
        launchedAt: fact.launchedAt,
        reviewedAt: fact.reviewedAt,
        consultationMeeting: fact.consultationMeeting,
        resolutions: fact.resolutions,
        total: fact.responses?.total ?? null,
        sortKey: `${fact.opens ?? '9999-12-31'}|${fact.id}`,
        origin: factOrigin(document, fact.source, curated),
      });
      if (fact.responses) tallies.set(fact.id, { row, byCategory: fact.responses.byCategory });
    }
  }
  const replaced = [...tallies.keys()].filter((id) => storedTallies.has(id));
  if (replaced.length) await em.nativeDelete(ResponseCountEntity, { consultation: { $in: replaced } });
  for (const { row, byCategory } of tallies.values()) {
    for (const { category, count } of byCategory) em.create(ResponseCountEntity, { consultation: row, category: category as StakeholderCategory, count });
  }
  await em.flush();
}
