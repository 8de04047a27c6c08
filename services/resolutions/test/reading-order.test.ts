import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore, type DocumentContribution } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { InstrumentFact } from '@mandate-graph/extraction';
import { ResolutionEntity, resolutionsSubgraph } from '../src';
import { dumpStores } from '../../../test/support/dump';

const span = (paragraph: string, quote: string) => ({ paragraph, start: 0, end: quote.length, quote });

function instrument(id: string, number: number, overrides: Partial<InstrumentFact> = {}): InstrumentFact {
  return { id, issuer: 'C', kind: 'RES', number, revision: null, title: null, recitals: [], operativeClauses: [], footnotes: [], ...overrides };
}

const recital = (text: string) => ({ text, source: span('recital/1', text) });
const clause = (text: string) => ({ block: 'resolves', addressee: null, number: '1', text, source: span('resolves/1', text) });

/**
 * Two stores that meet the same documents in opposite orders: an instrument two documents hold (two
 * language versions, a corrected text) must be stored the same whichever was written first.
 */
describe('an instrument two documents hold', () => {
  let databases: TestDatabase[];
  let stores: Store[];
  const [forward, backward] = [0, 1];
  const inTransaction = (store: number, work: (em: EntityManager) => Promise<void>) => stores[store].em.fork().transactional((em) => work(em as EntityManager));
  const writeInBothOrders = async (...contributions: DocumentContribution[]) => {
    for (const contribution of contributions) await inTransaction(forward, (em) => resolutionsSubgraph.sink.write(em, contribution));
    for (const contribution of [...contributions].reverse()) await inTransaction(backward, (em) => resolutionsSubgraph.sink.write(em, contribution));
  };
  const row = async (store: number, id: string) => {
    const found = await stores[store].em.fork().findOneOrFail(ResolutionEntity, id);
    return {
      title: found.title, revisions: found.revisions.map((revision) => revision.label), recitals: found.recitals.map((recital) => `${recital.text} (${recital.source.document})`),
      status: found.status, document: found.origin?.document ?? null,
    };
  };
  const expectSameStores = async () => {
    const [one, other] = await Promise.all(databases.map((database) => dumpStores(database.url)));
    expect(one['resolutions.resolution'].length).toBeGreaterThan(0);
    expect(one).toEqual(other);
  };

  beforeAll(async () => {
    databases = [await provisionTestDatabase(), await provisionTestDatabase()];
    stores = await Promise.all(databases.map((database) => openSubgraphStore(resolutionsSubgraph, { databaseUrl: database.url })));
  });
  afterAll(async () => {
    for (const store of stores ?? []) await store?.close();
    for (const database of databases ?? []) await database?.close();
  });

  // The English text gives recitals; the French one, later by id, a title and a revision.
  const english = contributionOf('council/res-1390-en', {
    instrument: instrument('C-RES-1390', 1390, {
      title: 'Council Working Group on languages', recitals: [recital('considering Resolution 154')], operativeClauses: [clause('that the group shall continue its work')],
    }),
  });
  const french = contributionOf('council/res-1390-fr', {
    language: 'fr',
    instrument: instrument('C-RES-1390', 1390, {
      title: 'Groupe de travail du Conseil sur les langues', revision: { label: 'Rev. 2023', place: null, year: 2023 }, operativeClauses: [clause('que le groupe poursuive ses travaux')],
    }),
  });

  it("takes the later document's reading whichever is written first; the earlier fills in only what the later leaves unsaid", async () => {
    await writeInBothOrders(english, french);
    const expected = {
      title: 'Groupe de travail du Conseil sur les langues', revisions: ['Rev. 2023'], recitals: ['considering Resolution 154 (council/res-1390-en)'],
      status: 'IN_FORCE', document: 'council/res-1390-fr',
    };
    expect(await row(forward, 'C-RES-1390')).toEqual(expected);
    expect(await row(backward, 'C-RES-1390')).toEqual(expected);
    await expectSameStores();
  });

  it('does the same for new documents written in one batch, and for a row first made by a document that only cites the instrument', async () => {
    const citing = contributionOf('council/minutes-7', {
      citations: [{ text: 'Resolution 1391', start: 0, end: 15, paragraph: '1', resolution: 'C-RES-1391', issuer: 'C', kind: 'RES', number: 1391, confidence: 0.95, revision: null }],
    });
    const a = contributionOf('council/res-1391-a', { instrument: instrument('C-RES-1391', 1391, { title: 'Title A', recitals: [recital('recalling A')] }) });
    const b = contributionOf('council/res-1391-b', { instrument: instrument('C-RES-1391', 1391, { revision: { label: 'Rev. 2024', place: null, year: 2024 } }) });
    for (const [store, order] of [[forward, [citing, a, b]], [backward, [b, a, citing]]] as const) {
      await inTransaction(store, (em) => resolutionsSubgraph.sink.writeNew!(em, [...order]));
    }
    const expected = { title: 'Title A', revisions: ['Rev. 2024'], recitals: ['recalling A (council/res-1391-a)'], status: 'IN_FORCE', document: 'council/res-1391-b' };
    expect(await row(forward, 'C-RES-1391')).toEqual(expected);
    expect(await row(backward, 'C-RES-1391')).toEqual(expected);
    await expectSameStores();
  });

  it("keeps a curator's reading over a later document's, whichever is written first", async () => {
    const curated = { ...contributionOf('curators/res-1392', { instrument: instrument('C-RES-1392', 1392, { title: 'Curated title' }) }), curated: true };
    const text = contributionOf('council/res-1392', { instrument: instrument('C-RES-1392', 1392, { title: 'Title as printed', recitals: [recital('noting')] }) });
    await writeInBothOrders(curated, text);
    for (const store of [forward, backward]) {
      expect(await row(store, 'C-RES-1392')).toMatchObject({ title: 'Curated title', recitals: ['noting (council/res-1392)'], document: 'curators/res-1392' });
    }
    await expectSameStores();
  });

  it('never keeps what a document no longer says: recitals it filled in go, and an instrument its holder drops loses its reading', async () => {
    // The English text no longer holds the instrument: the recitals it filled in go, the French reading stays.
    for (const store of [forward, backward]) await inTransaction(store, (em) => resolutionsSubgraph.sink.write(em, { ...english, instrument: null, isNew: false }));
    expect(await row(forward, 'C-RES-1390')).toEqual({
      title: 'Groupe de travail du Conseil sur les langues', revisions: ['Rev. 2023'], recitals: [], status: 'IN_FORCE', document: 'council/res-1390-fr',
    });
    await expectSameStores();
    // Written again with them, it fills them in again.
    for (const store of [forward, backward]) await inTransaction(store, (em) => resolutionsSubgraph.sink.write(em, { ...english, isNew: false }));
    expect((await row(backward, 'C-RES-1390')).recitals).toEqual(['considering Resolution 154 (council/res-1390-en)']);
    // The French text is taken out: the row keeps its id and points at no document.
    for (const store of [forward, backward]) await inTransaction(store, (em) => resolutionsSubgraph.sink.retract(em, 'council/res-1390-fr'));
    expect(await row(forward, 'C-RES-1390')).toEqual({ title: null, revisions: [], recitals: [], status: 'IN_FORCE', document: null });
    await expectSameStores();
  });
});
