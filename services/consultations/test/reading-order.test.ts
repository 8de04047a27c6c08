import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore, type DocumentContribution } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { ConsultationEntity, ResponseCountEntity, consultationsSubgraph } from '../src';
import { dumpStores } from '../../../test/support/dump';

const span = (quote: string) => ({ paragraph: '2.2', start: 0, end: quote.length, quote });

function consultation(id: string, overrides: Partial<ConsultationFact> = {}): ConsultationFact {
  return {
    id, groupId: 'CWG-COP', topic: 'Child online protection', questions: [], opens: null, closes: null, launchedAt: null, reviewedAt: null,
    consultationMeeting: null, responses: null, resolutions: [], source: span(`consultation ${id}`), ...overrides,
  };
}

const tally = (total: number, ...counts: [string, number][]) =>
  ({ total, byCategory: counts.map(([category, count]) => ({ category, count })) }) as ConsultationFact['responses'];

/**
 * Two stores that meet the same documents in opposite orders: each store must end up the same, whichever
 * order the documents describing a consultation were written in (parts run in parallel, batches).
 */
/** A consultation as a reader sees it, with its tally and the document its reading came from; null when there is none. */
async function consultationRow(store: Store, id: string) {
  const found = await store.em.fork().findOne(ConsultationEntity, id);
  if (!found) return null;
  const counts = await store.em.fork().find(ResponseCountEntity, { consultation: id }, { orderBy: { category: 'asc' } });
  return {
    topic: found.topic, questions: found.questions, opens: found.opens, closes: found.closes, launchedAt: found.launchedAt, reviewedAt: found.reviewedAt,
    total: found.total, tally: counts.map((count) => `${count.category} ${count.count}`), sortKey: found.sortKey, document: found.origin.document,
  };
}

describe('a consultation two documents describe', () => {
  let databases: TestDatabase[];
  let stores: Store[];
  const [forward, backward] = [0, 1];
  const write = (store: number, contribution: DocumentContribution) =>
    stores[store].em.fork().transactional((em) => consultationsSubgraph.sink.write(em as EntityManager, contribution));
  const writeNew = (store: number, contributions: DocumentContribution[]) =>
    stores[store].em.fork().transactional((em) => consultationsSubgraph.sink.writeNew!(em as EntityManager, contributions));
  /** Each document written on its own, in the order given in one store and in the other order in the other. */
  const writeInBothOrders = async (...contributions: DocumentContribution[]) => {
    for (const contribution of contributions) await write(forward, contribution);
    for (const contribution of [...contributions].reverse()) await write(backward, contribution);
  };
  const row = (store: number, id: string) => consultationRow(stores[store], id);
  const expectSameStores = async () => {
    const [one, other] = await Promise.all(databases.map((database) => dumpStores(database.url)));
    expect(one['consultations.consultation'].length).toBeGreaterThan(0);
    expect(one).toEqual(other);
  };

  beforeAll(async () => {
    databases = [await provisionTestDatabase(), await provisionTestDatabase()];
    stores = await Promise.all(databases.map((database) => openSubgraphStore(consultationsSubgraph, { databaseUrl: database.url })));
  });
  afterAll(async () => {
    for (const store of stores ?? []) await store?.close();
    for (const database of databases ?? []) await database?.close();
  });

  const earlier = contributionOf('cop/report-2024-a', { consultations: [consultation('CWG-COP-CONS-2024-02', {
    topic: 'Protecting children online', questions: ['What works?'], opens: '2024-02', closes: '2024-03', launchedAt: 'CWG-COP-20',
    responses: tally(12, ['GOVERNMENT', 7], ['CIVIL_SOCIETY', 5]),
  })] });
  const later = contributionOf('cop/report-2024-b', { consultations: [consultation('CWG-COP-CONS-2024-02', {
    topic: 'Child online protection', opens: '2024-02-05', closes: null, reviewedAt: 'CWG-COP-21',
    responses: tally(15, ['GOVERNMENT', 9], ['ACADEMIA', 6]),
  })] });

  it('takes the later document\'s reading and tally whichever is written first; the earlier fills in only what the later leaves unsaid', async () => {
    await writeInBothOrders(earlier, later);
    const expected = {
      topic: 'Child online protection', questions: ['What works?'], opens: '2024-02-05', closes: '2024-03-31', launchedAt: 'CWG-COP-20', reviewedAt: 'CWG-COP-21',
      total: 15, tally: ['ACADEMIA 6', 'GOVERNMENT 9'], sortKey: '2024-02-05|CWG-COP-CONS-2024-02', document: 'cop/report-2024-b',
    };
    expect(await row(forward, 'CWG-COP-CONS-2024-02')).toEqual(expected);
    expect(await row(backward, 'CWG-COP-CONS-2024-02')).toEqual(expected);
    await expectSameStores();
  });

  it('does the same for new documents written in one batch, a later one meeting the rows as the earlier left them', async () => {
    const id = 'CWG-COP-CONS-2024-06';
    const a = contributionOf('cop/report-2024-c', { consultations: [consultation(id, { topic: 'Age verification', opens: '2024-06', responses: tally(4, ['GOVERNMENT', 4]) })] });
    const b = contributionOf('cop/report-2024-d', { consultations: [consultation(id, { topic: 'Age assurance', closes: '2024-08' })] });
    await writeNew(forward, [a, b]);
    await writeNew(backward, [b, a]);
    const expected = {
      topic: 'Age assurance', questions: [], opens: '2024-06-01', closes: '2024-08-31', launchedAt: null, reviewedAt: null,
      total: 4, tally: ['GOVERNMENT 4'], sortKey: `2024-06|${id}`, document: 'cop/report-2024-d',
    };
    expect(await row(forward, id)).toEqual(expected);
    expect(await row(backward, id)).toEqual(expected);
    await expectSameStores();
  });

  it("keeps a curator's reading over a later report's, whichever is written first", async () => {
    const id = 'CWG-COP-CONS-2023-10';
    const curated = { ...contributionOf('cop/curated', { consultations: [consultation(id, { topic: 'Curated topic', opens: '2023-10-02' })] }), curated: true };
    const report = contributionOf('cop/report-2023-z', { consultations: [consultation(id, { topic: 'Reported topic', opens: '2023-11', responses: tally(3, ['ACADEMIA', 3]) })] });
    await writeInBothOrders(curated, report);
    for (const store of [forward, backward]) {
      expect(await row(store, id)).toMatchObject({ topic: 'Curated topic', opens: '2023-10-02', total: 3, tally: ['ACADEMIA 3'], document: 'cop/curated' });
    }
    await expectSameStores();
  });

  it('never keeps a consultation pointing at a document that no longer describes it', async () => {
    // The earlier document stops describing it: the later one's reading alone is the row, without what the earlier filled in.
    for (const store of [forward, backward]) await write(store, { ...earlier, consultations: [], isNew: false });
    expect(await row(forward, 'CWG-COP-CONS-2024-02')).toEqual({
      topic: 'Child online protection', questions: [], opens: '2024-02-05', closes: null, launchedAt: null, reviewedAt: 'CWG-COP-21',
      total: 15, tally: ['ACADEMIA 6', 'GOVERNMENT 9'], sortKey: '2024-02-05|CWG-COP-CONS-2024-02', document: 'cop/report-2024-b',
    });
    await expectSameStores();
    // The later document is taken out too: no document describes it any more, and it goes; it comes back as
    // the earlier document reads it when that one describes it again.
    for (const store of [forward, backward]) await stores[store].em.fork().transactional((em) => consultationsSubgraph.sink.retract(em as EntityManager, 'cop/report-2024-b'));
    expect(await row(forward, 'CWG-COP-CONS-2024-02')).toBeNull();
    for (const store of [forward, backward]) await write(store, { ...earlier, isNew: false });
    expect(await row(forward, 'CWG-COP-CONS-2024-02')).toMatchObject({ topic: 'Protecting children online', total: 12, tally: ['CIVIL_SOCIETY 5', 'GOVERNMENT 7'], document: 'cop/report-2024-a' });
    await expectSameStores();
  });

  it('drops the tally with the total when the document that owns the row no longer gives one', async () => {
    for (const store of [forward, backward]) {
      await write(store, { ...earlier, isNew: false, consultations: [{ ...earlier.consultations[0], responses: null }] });
    }
    expect(await row(forward, 'CWG-COP-CONS-2024-02')).toMatchObject({ total: null, tally: [], document: 'cop/report-2024-a' });
    await expectSameStores();
  });
});

/**
 * Each document's reading is kept apart, so a document written again or taken out takes back only what it
 * said: four stores, the same two documents written one at a time in both orders, in one batch, and the
 * earlier one alone.
 */
describe('a consultation one of its documents stops describing', () => {
  const [oneByOne, reversed, batched, alone] = [0, 1, 2, 3];
  const both = [oneByOne, reversed, batched];
  let databases: TestDatabase[];
  let stores: Store[];
  const inTransaction = (store: number, work: (em: EntityManager) => Promise<void>) => stores[store].em.fork().transactional((em) => work(em as EntityManager));
  const write = (store: number, contribution: DocumentContribution) => inTransaction(store, (em) => consultationsSubgraph.sink.write(em, contribution));
  const retract = (store: number, document: string) => inTransaction(store, (em) => consultationsSubgraph.sink.retract(em, document));
  const row = (store: number, id: string) => consultationRow(stores[store], id);
  const expectSameStores = async (...among: number[]) => {
    const [first, ...others] = await Promise.all(among.map((store) => dumpStores(databases[store].url)));
    for (const other of others) expect(other).toEqual(first);
  };

  beforeAll(async () => {
    databases = [];
    for (let store = 0; store < 4; store++) databases.push(await provisionTestDatabase());
    stores = await Promise.all(databases.map((database) => openSubgraphStore(consultationsSubgraph, { databaseUrl: database.url })));
  });
  afterAll(async () => {
    for (const store of stores ?? []) await store?.close();
    for (const database of databases ?? []) await database?.close();
  });

  const id = 'CWG-COP-CONS-2025-03';
  const onlyLater = 'CWG-COP-CONS-2025-09';
  const earlierReading = consultation(id, {
    topic: 'Protecting children online', questions: ['What works?'], opens: '2025-03', closes: '2025-04', launchedAt: 'CWG-COP-22',
    responses: tally(12, ['GOVERNMENT', 7], ['CIVIL_SOCIETY', 5]),
  });
  const earlier = contributionOf('cop/report-2025-a', { consultations: [earlierReading] });
  const later = contributionOf('cop/report-2025-b', { consultations: [
    consultation(id, { topic: 'Child online protection', opens: '2025-03-10', reviewedAt: 'CWG-COP-23', responses: tally(15, ['GOVERNMENT', 9], ['ACADEMIA', 6]) }),
    consultation(onlyLater, { topic: 'Age assurance', opens: '2025-09' }),
  ] });
  const merged = {
    topic: 'Child online protection', questions: ['What works?'], opens: '2025-03-10', closes: '2025-04-30', launchedAt: 'CWG-COP-22', reviewedAt: 'CWG-COP-23',
    total: 15, tally: ['ACADEMIA 6', 'GOVERNMENT 9'], sortKey: `2025-03-10|${id}`, document: 'cop/report-2025-b',
  };
  const earlierAlone = {
    topic: 'Protecting children online', questions: ['What works?'], opens: '2025-03-01', closes: '2025-04-30', launchedAt: 'CWG-COP-22', reviewedAt: null,
    total: 12, tally: ['CIVIL_SOCIETY 5', 'GOVERNMENT 7'], sortKey: `2025-03|${id}`, document: 'cop/report-2025-a',
  };

  it('makes the same rows whichever order the documents come in, one at a time or in one batch', async () => {
    await write(oneByOne, earlier);
    await write(oneByOne, later);
    await write(reversed, later);
    await write(reversed, earlier);
    await inTransaction(batched, (em) => consultationsSubgraph.sink.writeNew!(em, [later, earlier]));
    await write(alone, earlier);
    for (const store of both) expect(await row(store, id)).toEqual(merged);
    expect(await row(alone, id)).toEqual(earlierAlone);
    await expectSameStores(...both);
  });

  it('keeps the consultation when the earlier document stops describing it, with the later one\'s values and none the earlier filled in', async () => {
    for (const store of both) await write(store, { ...earlier, consultations: [], isNew: false });
    for (const store of both) {
      expect(await row(store, id)).toEqual({
        topic: 'Child online protection', questions: [], opens: '2025-03-10', closes: null, launchedAt: null, reviewedAt: 'CWG-COP-23',
        total: 15, tally: ['ACADEMIA 6', 'GOVERNMENT 9'], sortKey: `2025-03-10|${id}`, document: 'cop/report-2025-b',
      });
    }
    await expectSameStores(...both);
    // It describes it again: the later one's reading wins once more, the earlier one's fills are back.
    for (const store of both) await write(store, { ...earlier, isNew: false });
    for (const store of both) expect(await row(store, id)).toEqual(merged);
    await expectSameStores(...both);
  });

  it('makes the earlier reading the row, its tally with it, when the winning document is retracted: what the earlier alone leaves', async () => {
    for (const store of both) await retract(store, 'cop/report-2025-b');
    for (const store of both) {
      expect(await row(store, id)).toEqual(earlierAlone);
      // The consultation only the retracted document described goes with it.
      expect(await row(store, onlyLater)).toBeNull();
    }
    await expectSameStores(...both, alone);
  });

  it('takes out a consultation when the only document describing it stops describing it, its tally and reading with it', async () => {
    for (const store of [...both, alone]) await write(store, { ...earlier, consultations: [], isNew: false });
    for (const store of [...both, alone]) {
      expect(await row(store, id)).toBeNull();
      const dump = await dumpStores(databases[store].url);
      expect([dump['consultations.consultation'], dump['consultations.response_count'], dump['consultations.consultation_reading']]).toEqual([[], [], []]);
    }
  });
});
