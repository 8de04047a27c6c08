import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { factOrigin, insertRows, readingWins } from '@mandate-graph/server-kit';
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
  // Consultations an earlier version of the document described and this one no longer does go away, even one
  // another document also describes (its reading is not stored apart): it comes back when that one is written again.
  if (document && !options.isNew) await em.nativeDelete(ConsultationEntity, { origin: { document }, id: { $nin: facts.map((fact) => fact.id) } });
}

/**
 * What documents never stored before say about consultations, inside the caller's transaction, leaving what
 * storing each in turn would: a consultation two of them describe takes the winning reading (`readingWins`).
 */
export async function storeConsultationFactsOfNewDocuments(em: EntityManager, documents: readonly { document: string; facts: ConsultationFact[] }[]): Promise<void> {
  const saying = documents.filter(({ facts }) => facts.length);
  if (saying.length) await storeConsultations(em, saying);
}

/** A consultation's values as one reading gives them; `responses` is its total and tally together. */
function readingOf(fact: ConsultationFact) {
  return {
    groupId: fact.groupId,
    topic: fact.topic,
    questions: fact.questions,
    opens: dayOf(fact.opens, 'first'),
    closes: dayOf(fact.closes, 'last'),
    launchedAt: fact.launchedAt,
    reviewedAt: fact.reviewedAt,
    consultationMeeting: fact.consultationMeeting,
    resolutions: fact.resolutions,
    responses: fact.responses,
  };
}
type Reading = ReturnType<typeof readingOf>;

const says = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);

/** What the row holds of each value a reading gives: its responses are there when it has a total. */
function saidBy(row: ConsultationEntity, key: keyof Reading): boolean {
  return says(key === 'responses' ? row.total : row[key]);
}

/**
 * The documents' readings applied in turn, the rows they touch read once and written in one flush. A
 * consultation two documents describe takes the winning reading (`readingWins`: a curator's, else the later
 * document id) whatever order they come in; the losing one fills in only what the winner left unsaid, its
 * total and tally together.
 */
async function storeConsultations(em: EntityManager, documents: readonly { document: string | null; facts: ConsultationFact[]; curated?: boolean }[]): Promise<void> {
  const ids = [...new Set(documents.flatMap(({ facts }) => facts.map((fact) => fact.id)))];
  const stored = new Map((ids.length ? await em.find(ConsultationEntity, { id: { $in: ids } }) : []).map((row) => [row.id, row]));
  const storedTallies = new Set(stored.keys());
  // The tally each consultation has now (null: none), where a reading gave or took it.
  const tallies = new Map<string, { row: ConsultationEntity; byCategory: { category: string; count: number }[] | null }>();
  for (const { document, facts, curated } of documents) {
    for (const fact of facts) {
      const existing = stored.get(fact.id);
      const row = existing ??
        em.create(ConsultationEntity, { id: fact.id, topic: fact.topic, sortKey: '', origin: factOrigin(document, { paragraph: null, start: 0, end: 0, quote: '' }) });
      stored.set(fact.id, row);
      const reading = readingOf(fact);
      // The row is this document's own (or new): its reading, all of it. Else the winner gives what it says,
      // and the loser what the row leaves unsaid.
      const fromOtherDocument = existing !== undefined && existing.origin.document !== document;
      const wins = !fromOtherDocument || readingWins(existing.origin, document, curated);
      const given = (Object.keys(reading) as (keyof Reading)[])
        .filter((key) => !fromOtherDocument || (says(reading[key]) && (wins || !saidBy(row, key))));
      const values: Partial<ConsultationEntity> = {};
      for (const key of given) {
        if (key === 'responses') {
          values.total = reading.responses?.total ?? null;
          tallies.set(fact.id, { row, byCategory: reading.responses?.byCategory ?? null });
        } else {
          Object.assign(values, { [key]: reading[key] });
        }
        // The order of the `consultations` connection follows the opening date stored.
        if (key === 'opens') values.sortKey = `${fact.opens ?? '9999-12-31'}|${fact.id}`;
      }
      if (wins) values.origin = factOrigin(document, fact.source, curated);
      em.assign(row, values);
    }
  }
  const replaced = [...tallies.keys()].filter((id) => storedTallies.has(id));
  if (replaced.length) await em.nativeDelete(ResponseCountEntity, { consultation: { $in: replaced } });
  await em.flush();
  // Plain rows after their consultations: nothing reads a tally back while documents are written.
  await insertRows(em, ResponseCountEntity, [...tallies.values()].flatMap(({ row, byCategory }) =>
    (byCategory ?? []).map(({ category, count }) => ({ consultation: row.id, category: category as StakeholderCategory, count }))));
}
