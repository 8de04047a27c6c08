import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { ConsultationFact } from '@mandate-graph/extraction';
import { ConsultationEntity, ResponseCountEntity, consultationsSubgraph } from '../src';

const span = (quote: string) => ({ paragraph: '4', start: 0, end: quote.length, quote });

function consultation(id: string, overrides: Partial<ConsultationFact> = {}): ConsultationFact {
  return {
    id, groupId: 'CWG-COP', topic: 'Child online protection', questions: [], opens: null, closes: null, launchedAt: null, reviewedAt: null,
    consultationMeeting: null, responses: null, resolutions: [], source: span(`consultation ${id}`), ...overrides,
  };
}

describe('the consultations sink', () => {
  let database: TestDatabase;
  let store: Store;
  const transaction = <T>(work: (em: EntityManager) => Promise<T>) => store.em.fork().transactional((em) => work(em as EntityManager));
  const stored = async () => (await store.em.fork().find(ConsultationEntity, {}, { orderBy: { id: 'asc' } }))
    .map((row) => `${row.id} ${row.opens ?? '?'}..${row.closes ?? '?'} ${row.total ?? '-'} ${row.origin.document}`);

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openSubgraphStore(consultationsSubgraph, { databaseUrl: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it('stores a period given by months as the first day of its first month to the last day of its last, with its tally', async () => {
    await transaction((em) => consultationsSubgraph.sink.write(em, contributionOf('cop/report-1', { consultations: [
      consultation('CWG-COP-CONS-2024-02', {
        opens: '2024-02', closes: '2024-02',
        responses: { total: 12, byCategory: [{ category: 'GOVERNMENT', count: 7 }, { category: 'CIVIL_SOCIETY', count: 5 }] },
      }),
      consultation('CWG-COP-CONS-2023-10', { opens: '2023-10-02', closes: '2023-12' }),
    ], isNew: true })));
    expect(await stored()).toEqual(['CWG-COP-CONS-2023-10 2023-10-02..2023-12-31 - cop/report-1', 'CWG-COP-CONS-2024-02 2024-02-01..2024-02-29 12 cop/report-1']);
    expect(await store.em.fork().count(ResponseCountEntity, {})).toBe(2);
  });

  it('replaces what an earlier version of the document said: a consultation it no longer reports goes, a changed tally is replaced', async () => {
    await transaction((em) => consultationsSubgraph.sink.write(em, contributionOf('cop/report-1', { consultations: [
      consultation('CWG-COP-CONS-2024-02', { opens: '2024-02', closes: '2024-03', responses: { total: 13, byCategory: [{ category: 'GOVERNMENT', count: 13 }] } }),
    ], isNew: false })));
    expect(await stored()).toEqual(['CWG-COP-CONS-2024-02 2024-02-01..2024-03-31 13 cop/report-1']);
    expect(await store.em.fork().count(ResponseCountEntity, {})).toBe(1);
  });

  it('takes out every consultation a retracted document described, and none another document described', async () => {
    await transaction((em) => consultationsSubgraph.sink.write(em, contributionOf('cop/report-2', { consultations: [consultation('CWG-COP-CONS-2025-01')] })));
    await transaction((em) => consultationsSubgraph.sink.retract(em, 'cop/report-1'));
    expect(await stored()).toEqual(['CWG-COP-CONS-2025-01 ?..? - cop/report-2']);
  });
});
