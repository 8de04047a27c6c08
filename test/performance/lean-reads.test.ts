import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceKind, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import { provisionTestDatabase, type TestDatabase } from '@mandate-graph/testing';
import { generateRepository, SUBGRAPH_DEFINITIONS } from '@mandate-graph/cli';
import { defaultExtractors, ingestRepositories, openIngestionStore, type IngestionStore } from '@mandate-graph/ingestion';
import { findLean } from '@mandate-graph/server-kit';
import { ActionEntity, ActionStatus, ActionUpdateEntity, Assignee } from '@mandate-graph/meetings';
import { CORPUS, hasCorpus } from '../support/fixtures';

// Read-only answers take rows as plain objects (findLean), not managed entities: every field a resolver
// reads must hold what the entity would, for every table of every subgraph.

/** A property's value as a resolver sees it: a reference by its key, an inline embeddable by its fields. */
function comparable(prop: EntityProperty, value: unknown): unknown {
  if (value == null) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE) return (value as { id: unknown }).id;
  if (prop.kind === ReferenceKind.EMBEDDED) return Object.fromEntries(Object.keys(prop.embeddedProps).map((key) => [key, (value as Record<string, unknown>)[key] ?? null]));
  return value;
}

describe('lean reads', () => {
  let database: TestDatabase;
  let store: IngestionStore;
  beforeAll(async () => {
    database = await provisionTestDatabase();
    store = await openIngestionStore(database.url, SUBGRAPH_DEFINITIONS);
    const synthetic = generateRepository({ documents: 40, seed: 5, out: join(mkdtempSync(join(tmpdir(), 'mandate-lean-')), 'synthetic') }).root;
    const repositories = hasCorpus ? [synthetic, join(CORPUS, 'itu-council'), join(CORPUS, 'itu-t-docx')] : [synthetic];
    await ingestRepositories(store, repositories, defaultExtractors);
    // An action's history has rows only once someone changes its status.
    const em = store.em.fork();
    const [action] = await em.find(ActionEntity, {}, { limit: 1, orderBy: { id: 'asc' } });
    em.create(ActionUpdateEntity, { action, at: new Date(), by: 'secretariat-user', from: action.status, status: ActionStatus.DONE, note: 'Reported to the group.' });
    await em.flush();
  }, 240_000);
  afterAll(async () => {
    await store?.close();
    await database?.close();
  });

  it('give, for every row of every table, the values the managed entities hold', async () => {
    const metas = Object.values(store.em.getMetadata().getAll()).filter((meta: EntityMetadata) => !meta.embeddable && !meta.virtual);
    expect(metas.length).toBeGreaterThanOrEqual(15);
    for (const meta of metas) {
      const entities = await store.em.fork().find(meta.class, {}, { orderBy: meta.primaryKeys.map((key) => ({ [key]: 'asc' })) as never });
      const lean = await findLean(store.em.fork(), meta.class, {}, { orderBy: meta.primaryKeys.map((key) => ({ [key]: 'asc' })) as never });
      expect(lean.length, meta.className).toBe(entities.length);
      if (meta.className !== 'DocumentSymbolEntity') expect(entities.length, `${meta.className} has rows to compare`).toBeGreaterThan(0);
      const props = (Object.values(meta.properties) as EntityProperty[]).filter((prop) => prop.persist !== false && !prop.lazy && !prop.embedded
        && [ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.EMBEDDED].includes(prop.kind));
      entities.forEach((entity, index) => {
        for (const prop of props) {
          const field = prop.name as keyof typeof entity;
          expect(comparable(prop, (lean[index] as typeof entity)[field]), `${meta.className}.${prop.name} of row ${index}`).toEqual(comparable(prop, entity[field]));
        }
      });
      // Lazy columns (a search index's folded text) are not read at all.
      for (const prop of Object.values(meta.properties) as EntityProperty[]) if (prop.lazy && lean[0]) expect(Object.hasOwn(lean[0], prop.name), `${meta.className}.${prop.name}`).toBe(false);
      // Instances of the entity's class, which type-graphql passes to field resolvers without copying.
      if (lean[0]) expect(lean[0]).toBeInstanceOf(meta.class);
    }
  });

  it('read a reference, a filter on it and a page limit as the entity manager does', async () => {
    const em = store.em.fork();
    const bureaux = [Assignee.BDT, Assignee.BUREAU_DIRECTORS];
    const managed = await em.find(ActionEntity, { assignees: { $overlap: bureaux } }, { orderBy: { sortKey: 'asc', id: 'asc' }, limit: 7 });
    const lean = await findLean(store.em.fork(), ActionEntity, { assignees: { $overlap: bureaux } }, { orderBy: { sortKey: 'asc', id: 'asc' }, limit: 7 });
    expect(lean.map((action) => [action.id, action.meeting.id])).toEqual(managed.map((action) => [action.id, action.meeting.id]));
    expect(lean.length).toBeGreaterThan(0);
    const ofMeeting = await findLean(store.em.fork(), ActionEntity, { meeting: { $in: [lean[0].meeting.id] } });
    expect(ofMeeting.every((action) => action.meeting.id === lean[0].meeting.id)).toBe(true);
    expect(ofMeeting.map((action) => action.id)).toContain(lean[0].id);
  });
});
