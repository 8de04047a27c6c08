import type { EntityManager } from '@mikro-orm/postgresql';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { factOrigin, findLean, insertRows, type FactOrigin, type PlainRow } from '@mandate-graph/server-kit';
import { ConsultationEntity, ConsultationReadingEntity, ResponseCountEntity, type ConsultationReading } from '../entities';

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
 * Writes what one document says about consultations, inside the caller's transaction, in place of what an
 * earlier version of it said (none when it is new). A retracted document says nothing: `facts` is empty.
 * Only the document's own readings are replaced; each consultation it touches, now or before, is made again
 * from the readings left (`projectConsultations`), so one another document still describes stays.
 */
export async function storeConsultationFacts(em: EntityManager, document: string | null, facts: ConsultationFact[], options: { curated?: boolean; isNew?: boolean } = {}): Promise<void> {
  // A document stored for the first time has said nothing yet that could be taken back.
  if (options.isNew && !facts.length) return;
  const readings = readingRows([{ document, facts, curated: options.curated }]);
  const touched = new Set(readings.map((reading) => reading.consultationId));
  // A reading with no document is never new: nothing else says it was not written before.
  if (!options.isNew || document === null) for (const id of await takeOutReadings(em, document, [...touched])) touched.add(id);
  await insertRows(em, ConsultationReadingEntity, readings);
  await projectConsultations(em, [...touched]);
}

/**
 * What documents never stored before say about consultations, inside the caller's transaction, leaving what
 * storing each in turn would: the rows are made from the readings, whatever order they came in.
 */
export async function storeConsultationFactsOfNewDocuments(em: EntityManager, documents: readonly { document: string; facts: ConsultationFact[] }[]): Promise<void> {
  const readings = readingRows(documents);
  if (!readings.length) return;
  await insertRows(em, ConsultationReadingEntity, readings);
  await projectConsultations(em, [...new Set(readings.map((reading) => reading.consultationId))]);
}

/** A consultation's values as one document gives them. */
function readingOf(fact: ConsultationFact): ConsultationReading {
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
    responses: fact.responses && { total: fact.responses.total, byCategory: fact.responses.byCategory },
    // The opening date as the document gives it (a month sorts as itself), as the rows were always ordered.
    sortKey: `${fact.opens ?? '9999-12-31'}|${fact.id}`,
  };
}

type ReadingRow = { consultationId: string; reading: ConsultationReading; origin: FactOrigin };

/**
 * The reading rows of the documents' facts: one per document and consultation, of its last fact of it (a
 * document that describes a consultation twice always said what its last fact says).
 */
function readingRows(documents: readonly { document: string | null; facts: ConsultationFact[]; curated?: boolean }[]): ReadingRow[] {
  const rows = new Map<string, ReadingRow>();
  for (const { document, facts, curated } of documents) {
    for (const fact of facts) {
      rows.set(JSON.stringify([document, fact.id]), { consultationId: fact.id, reading: readingOf(fact), origin: factOrigin(document, fact.source, curated) });
    }
  }
  return [...rows.values()];
}

/**
 * Deletes the document's readings and gives the consultations they were of. A reading with no document cannot
 * be told apart by its document: only the one of a consultation read again (`ids`) is replaced.
 */
async function takeOutReadings(em: EntityManager, document: string | null, ids: readonly string[]): Promise<string[]> {
  if (document === null && !ids.length) return [];
  const where = document === null ? { origin: { document: null }, consultationId: { $in: [...ids] } } : { origin: { document } };
  // One statement that also says what it took (MikroORM's own builder writes no `returning` for a delete).
  const deletion = em.createQueryBuilder(ConsultationReadingEntity).delete(where).getKnexQuery().returning('consultation_id');
  const taken = await em.execute<{ consultation_id: string }[]>(deletion);
  return taken.map((row) => row.consultation_id);
}

const says = (value: unknown) => value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length);

/**
 * Readings of one consultation, the winning one first: a curator's, then the later document id, one with no
 * document last. This is the order `readingWins` gives two readings, made total (two curated readings rank by
 * document id too) so that the row never depends on which was written first.
 */
function winnerFirst(one: FactOrigin, other: FactOrigin): number {
  const curated = Number(Boolean(other.source.curated)) - Number(Boolean(one.source.curated));
  if (curated) return curated;
  const [a, b] = [one.document ?? '', other.document ?? ''];
  return a === b ? 0 : a < b ? 1 : -1;
}

type Value = Exclude<keyof ConsultationReading, 'sortKey'>;
const VALUES: readonly Value[] = ['groupId', 'topic', 'questions', 'opens', 'closes', 'launchedAt', 'reviewedAt', 'consultationMeeting', 'resolutions', 'responses'];

/**
 * Makes each consultation's row and tally again from its readings, read in one query: the winning reading
 * gives the origin and what it says, and each value it leaves unsaid comes from the first reading after it
 * that says it (the total and tally together, the order key with the opening date). A consultation no
 * reading is left of goes, its tally with it.
 */
async function projectConsultations(em: EntityManager, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const readings = new Map<string, ConsultationReadingEntity[]>(ids.map((id) => [id, []]));
  for (const reading of await findLean(em, ConsultationReadingEntity, { consultationId: { $in: [...ids] } })) readings.get(reading.consultationId)!.push(reading);
  const stored = new Map((await em.find(ConsultationEntity, { id: { $in: [...ids] } })).map((row) => [row.id, row]));
  const tallies: PlainRow[] = [];
  for (const id of ids) {
    const row = stored.get(id);
    const ranked = readings.get(id)!.sort((one, other) => winnerFirst(one.origin, other.origin));
    if (!ranked.length) {
      // Its tally goes with it (the foreign key cascades).
      if (row) em.remove(row);
      continue;
    }
    const [winner] = ranked;
    const taken = (value: Value) => (ranked.find((candidate) => says(candidate.reading[value])) ?? winner).reading;
    const values = Object.fromEntries(VALUES.map((value) => [value, taken(value)[value]])) as Omit<ConsultationReading, 'sortKey'>;
    const { responses, ...columns } = values;
    const projected = { ...columns, total: responses?.total ?? null, sortKey: taken('opens').sortKey, origin: winner.origin };
    if (row) em.assign(row, projected);
    else em.create(ConsultationEntity, { id, ...projected });
    for (const { category, count } of responses?.byCategory ?? []) tallies.push({ consultation: id, category, count });
  }
  const replaced = [...stored.keys()];
  if (replaced.length) await em.nativeDelete(ResponseCountEntity, { consultation: { $in: replaced } });
  await em.flush();
  // Plain rows after their consultations: nothing reads a tally back while documents are written.
  await insertRows(em, ResponseCountEntity, tallies);
}
