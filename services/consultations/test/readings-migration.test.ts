import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { ConsultationEntity, ConsultationReadingEntity, ResponseCountEntity, consultationsSubgraph } from '../src';

const id = 'CWG-COP-CONS-2022-05';

function consultation(overrides: Partial<ConsultationFact> = {}): ConsultationFact {
  return {
    id, groupId: 'CWG-COP', topic: 'Child online protection', questions: [], opens: null, closes: null, launchedAt: null, reviewedAt: null,
    consultationMeeting: null, responses: null, resolutions: [], source: { paragraph: '3', start: 0, end: 12, quote: 'consultation' }, ...overrides,
  };
}

/** A store written before readings were kept apart: its consultations must stay what they were once it is migrated. */
describe('a store from before consultation readings', () => {
  let database: TestDatabase;
  let store: Store;
  const transaction = (work: (em: EntityManager) => Promise<void>) => store.em.fork().transactional((em) => work(em as EntityManager));
  const row = async () => {
    const found = await store.em.fork().findOne(ConsultationEntity, id);
    const counts = await store.em.fork().find(ResponseCountEntity, { consultation: id }, { orderBy: { category: 'asc' } });
    return found && {
      topic: found.topic, questions: found.questions, opens: found.opens, closes: found.closes, launchedAt: found.launchedAt, total: found.total,
      tally: counts.map((count) => `${count.category} ${count.count}`), sortKey: found.sortKey, origin: found.origin,
    };
  };

  beforeAll(async () => {
    database = await provisionTestDatabase();
    // The schema as the migrations before readings left it, holding a row the old code wrote.
    const before = await openSubgraphStore(
      { ...consultationsSubgraph, migrations: consultationsSubgraph.migrations.filter(({ name }) => name < 'Migration20261208100000ConsultationReadings') },
      { databaseUrl: database.url },
    );
    await before.em.getConnection().execute(`insert into "consultations"."consultation"
      ("id", "group_id", "topic", "questions", "opens", "closes", "launched_at", "reviewed_at", "consultation_meeting", "resolutions", "total", "sort_key", "document", "source")
      values ('${id}', 'CWG-COP', 'Protecting children online', '{"What works?"}', '2022-05-01', null, 'CWG-COP-16', null, null, '{}', 9, '2022-05|${id}',
        'cop/report-2022', '{"document": "cop/report-2022", "paragraph": "3", "start": 0, "end": 12, "quote": "consultation", "curated": false}')`);
    await before.em.getConnection().execute(`insert into "consultations"."response_count" ("consultation_id", "category", "count") values ('${id}', 'GOVERNMENT', 9)`);
    await before.close();
    store = await openSubgraphStore(consultationsSubgraph, { databaseUrl: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  const original = {
    topic: 'Protecting children online', questions: ['What works?'], opens: '2022-05-01', closes: null, launchedAt: 'CWG-COP-16', total: 9,
    tally: ['GOVERNMENT 9'], sortKey: `2022-05|${id}`,
    origin: { document: 'cop/report-2022', source: { document: 'cop/report-2022', paragraph: '3', start: 0, end: 12, quote: 'consultation', curated: false } },
  };

  it('keeps each consultation as one reading of the document that wrote its row', async () => {
    const readings = await store.em.fork().find(ConsultationReadingEntity, {});
    expect(readings.map(({ consultationId, origin }) => [consultationId, origin.document])).toEqual([[id, 'cop/report-2022']]);
    expect(readings[0].reading).toMatchObject({ topic: 'Protecting children online', responses: { total: 9, byCategory: [{ category: 'GOVERNMENT', count: 9 }] } });
    expect(await row()).toEqual(original);
  });

  it('keeps the consultation when another document that described it is retracted, as the stored row gave it', async () => {
    await transaction((em) => consultationsSubgraph.sink.write(em, contributionOf('cop/report-2021', { consultations: [consultation({ closes: '2022-06', responses: { total: 4, byCategory: [] } })] })));
    expect(await row()).toEqual({ ...original, closes: '2022-06-30' });
    await transaction((em) => consultationsSubgraph.sink.retract(em, 'cop/report-2021'));
    expect(await row()).toEqual(original);
  });
});
