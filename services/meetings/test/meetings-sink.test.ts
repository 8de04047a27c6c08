import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { GroupFact, InstrumentFact } from '@mandate-graph/extraction';
import { GroupEntity, GroupNameEntity, meetingsSubgraph } from '../src';

const named = (id: string, name: string): GroupFact => ({ id, name, source: { paragraph: '1', start: 0, end: name.length, quote: name } });
const instrument: InstrumentFact = { id: 'PP-RES-900', issuer: 'PP', kind: 'RES', number: 900, revision: null, title: null, recitals: [], operativeClauses: [], footnotes: [] };

describe('the meetings sink, for the groups documents name', () => {
  let database: TestDatabase;
  let store: Store;
  const transaction = <T>(work: (em: EntityManager) => Promise<T>) => store.em.fork().transactional((em) => work(em as EntityManager));
  const groups = async () => (await store.em.fork().find(GroupEntity, {}, { orderBy: { id: 'asc' } })).map((group) => `${group.id}: ${group.name} (${group.origin?.document})`);
  const names = async () => (await store.em.fork().find(GroupNameEntity, {}, { orderBy: { serial: 'asc' } })).map((row) => `${row.group.id} ${row.language} ${row.name}`);

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openSubgraphStore(meetingsSubgraph, { databaseUrl: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it("keeps a report's name for a group an instrument names in passing, creates the groups only instruments name, and keeps each name in its language", async () => {
    await transaction((em) => meetingsSubgraph.sink.write(em, contributionOf('council/report-zh', { language: 'zh', groups: [named('CWG-HARBOUR', '理事会港口工作组')] })));
    await transaction((em) => meetingsSubgraph.sink.write(em, contributionOf('pp/res-900', {
      language: 'en', instrument, groups: [named('CWG-HARBOUR', 'Council Working Group on Harbours'), named('CWG-LIGHT', 'CWG-Light')],
    })));
    expect(await groups()).toEqual(['CWG-HARBOUR: 理事会港口工作组 (council/report-zh)', 'CWG-LIGHT: CWG-Light (pp/res-900)']);
    expect(await names()).toEqual(['CWG-HARBOUR ZH 理事会港口工作组', 'CWG-HARBOUR EN Council Working Group on Harbours', 'CWG-LIGHT EN CWG-Light']);
  });

  it('keeps a group another document still names when the one that described it is retracted, and lets it go with the last', async () => {
    await transaction((em) => meetingsSubgraph.sink.retract(em, 'council/report-zh'));
    expect(await groups()).toEqual(['CWG-HARBOUR: Council Working Group on Harbours (pp/res-900)', 'CWG-LIGHT: CWG-Light (pp/res-900)']);
    expect(await names()).toEqual(['CWG-HARBOUR EN Council Working Group on Harbours', 'CWG-LIGHT EN CWG-Light']);
    await transaction((em) => meetingsSubgraph.sink.retract(em, 'pp/res-900'));
    expect(await groups()).toEqual([]);
    expect(await names()).toEqual([]);
  });
});
