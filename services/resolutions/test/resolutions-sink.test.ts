import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { contributionOf, provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { openSubgraphStore, type CuratedClaim, type CurationScope, type FoundCitation } from '@mandate-graph/server-kit';
import type { Store } from '@mandate-graph/database';
import type { InstrumentFact } from '@mandate-graph/extraction';
import { ResolutionCitationEntity, ResolutionEntity, RevisionSightingEntity, resolutionsSubgraph } from '../src';

const DOCUMENT = 'council/res-1336';

function citation(text: string, resolution: string | null, confidence: number, revision: string | null = null): FoundCitation {
  return {
    text, start: 10, end: 10 + text.length, paragraph: '2', resolution, issuer: resolution ? 'PP' : null, kind: 'RES', number: 102, confidence,
    revision: revision ? { label: revision, place: null, year: null } : null,
  };
}

const instrument: InstrumentFact = {
  id: 'C-RES-1336', issuer: 'C', kind: 'RES', number: 1336, revision: null, title: 'Council Working Group on international Internet-related public policy issues',
  recitals: [], operativeClauses: [], footnotes: [],
};

describe('the resolutions sink', () => {
  let database: TestDatabase;
  let store: Store;
  const transaction = <T>(work: (em: EntityManager) => Promise<T>) => store.em.fork().transactional((em) => work(em as EntityManager));
  const edges = async () => (await store.em.fork().find(ResolutionCitationEntity, {}, { orderBy: { cited: 'asc' } })).map((edge) => `${edge.cited} ${edge.revision ?? '-'}`);

  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openSubgraphStore(resolutionsSubgraph, { databaseUrl: database.url });
  });
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it("draws an edge for each confident citation of the document's instrument, with its revision, and none for unsure ones or itself", async () => {
    await transaction((em) => resolutionsSubgraph.sink.write(em, contributionOf(DOCUMENT, {
      instrument,
      citations: [
        citation('Resolution 102 (Rev. Dubai, 2018)', 'PP-RES-102', 0.95, 'Rev. Dubai, 2018'),
        citation('Resolution 71', 'PP-RES-71', 0.6),
        citation('Resolution 999', 'PP-RES-999', 0.3),
        citation('Resolution 12', null, 0.9),
        citation('this Resolution 1336', 'C-RES-1336', 0.9),
      ],
    })));
    expect(await edges()).toEqual(['PP-RES-102 Rev. Dubai, 2018', 'PP-RES-71 -']);
  });

  it('draws no edge from a document that is no instrument: a report cites, but nothing of it cites', async () => {
    await transaction((em) => resolutionsSubgraph.sink.write(em, contributionOf('council/report', { citations: [citation('Resolution 102', 'PP-RES-102', 0.95)] })));
    expect(await edges()).toEqual(['PP-RES-102 Rev. Dubai, 2018', 'PP-RES-71 -']);
  });

  it("takes back everything a retracted document said, and keeps the instruments others cite", async () => {
    await transaction((em) => resolutionsSubgraph.sink.retract(em, DOCUMENT));
    expect(await edges()).toEqual([]);
    const row = await store.em.fork().findOneOrFail(ResolutionEntity, 'C-RES-1336');
    expect(row.title).toBeNull();
    expect(row.origin).toBeNull();
  });

  it('refuses a claim on an instrument the repository neither holds nor declares, and lets a declared prefix through', async () => {
    const claims: CuratedClaim[] = [
      { where: 'fact 1 (line 3)', about: { kind: 'resolution', id: 'PP-RES-102' } },
      { where: 'fact 2 (line 7)', about: { kind: 'resolution', id: 'C-RES-1344' }, sets: { abrogated: true } },
      { where: 'fact 3 (line 9)', about: { kind: 'group', id: 'CWG-INTERNET' } },
    ];
    const scope: CurationScope = { repository: 'curators', declared: { resolutions: ['C-RES-*'], groups: [] }, manifest: 'mandate.json' };
    const problems = await resolutionsSubgraph.sink.curationProblems!(store.em.fork() as EntityManager, claims, scope);
    expect(problems.map(({ claim, reason }) => `${claim.where}: ${reason}`)).toEqual([
      `fact 1 (line 3): PP-RES-102 is not this repository's to curate: its own documents do not hold it; declare it in mandate.json under "curates": { "resolutions": [...] }`,
    ]);
  });

  it('makes every instrument a document cites a node, and keeps each revision cited with where it was seen, until the document stops citing it', async () => {
    const sightings = async () => (await store.em.fork().find(RevisionSightingEntity, {}, { orderBy: { serial: 'asc' } }))
      .map((sighting) => `${sighting.resolution.id} ${sighting.label} ${sighting.origin.document}`);
    await transaction((em) => resolutionsSubgraph.sink.write(em, contributionOf('council/minutes', { citations: [
      citation('Resolution 71 (Rev. Busan, 2014)', 'PP-RES-71', 0.9, 'Rev. Busan, 2014'),
      citation('Council Resolution 1305', 'C-RES-1305', 0.9),
      citation('Resolution 4040 (Rev. Nowhere, 1900)', 'PP-RES-4040', 0.2, 'Rev. Nowhere, 1900'),
    ] })));
    const cited = await store.em.fork().findOne(ResolutionEntity, 'C-RES-1305');
    expect(cited).toMatchObject({ status: 'UNKNOWN', title: null, origin: null });
    expect(await store.em.fork().findOne(ResolutionEntity, 'PP-RES-4040')).toBeNull();
    expect(await sightings()).toEqual(['PP-RES-71 Rev. Busan, 2014 council/minutes']);
    await transaction((em) => resolutionsSubgraph.sink.write(em, contributionOf('council/minutes', { isNew: false, citations: [] })));
    expect(await sightings()).toEqual([]);
    expect(await store.em.fork().findOne(ResolutionEntity, 'C-RES-1305')).not.toBeNull();
  });
});
