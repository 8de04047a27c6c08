import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { InstrumentFact, MandateFact, ResolutionFact, Revision, SourceSpan } from '@mandate-graph/extraction';
import { CLEARED_ORIGIN, factOrigin, insertRows, readingWins, storedProvenance, type PlainRow } from '@mandate-graph/server-kit';
import {
  MandateEntity, MandateRelation, OperativeClauseEntity, ResolutionCitationEntity, ResolutionEntity, ResolutionStatus, RevisionSightingEntity,
  parseResolutionId, resolutionSortKey,
} from '../entities';

/** An instrument citing another, found in a recital or clause of the citing one. */
export interface ResolutionCitationFact {
  citing: string;
  cited: string;
  revision: string | null;
  source: SourceSpan;
}

/** An instrument a document cites, in the revision the citation names (if any). */
export interface CitedFact {
  resolution: string;
  revision: Revision | null;
  source: SourceSpan;
}

export interface ResolutionFacts {
  instruments: InstrumentFact[];
  /** Every instrument the document cites: each is a node of the graph, and each revision cited is one of its revisions. */
  cited?: CitedFact[];
  citations: ResolutionCitationFact[];
  mandates: MandateFact[];
  statusFacts: ResolutionFact[];
}

/** A row for every instrument a fact mentions, so that edges always have both ends. */
async function ensureResolutions(em: EntityManager, ids: Iterable<string>): Promise<Map<string, ResolutionEntity>> {
  const wanted = [...new Set(ids)].filter((id) => parseResolutionId(id));
  const rows = new Map((await em.find(ResolutionEntity, { id: { $in: wanted } })).map((row) => [row.id, row]));
  for (const id of wanted) {
    if (rows.has(id)) continue;
    const parsed = parseResolutionId(id)!;
    rows.set(id, em.create(ResolutionEntity, { id, ...parsed, sortKey: resolutionSortKey(id) }));
  }
  return rows;
}

/**
 * Replaces everything one document says about instruments, inside the caller's transaction: its clauses,
 * mandates and citation edges are deleted and written again; instrument rows are updated in place.
 */
export async function storeResolutionFacts(
  em: EntityManager, document: string | null, facts: ResolutionFacts, options: { curated?: boolean; isNew?: boolean } = {},
): Promise<void> {
  // A document stored for the first time has said nothing yet that could be taken back.
  if (options.isNew && saysNothing(facts)) return;
  if (document && !options.isNew) {
    await em.nativeDelete(OperativeClauseEntity, { origin: { document } });
    await em.nativeDelete(MandateEntity, { origin: { document } });
    await em.nativeDelete(ResolutionCitationEntity, { origin: { document } });
    await em.nativeDelete(RevisionSightingEntity, { origin: { document } });
    // An instrument the document no longer holds keeps its id (others cite it) but loses what the document said of it.
    // Another document's reading of it is not stored apart: it comes back when that document is written again.
    await em.nativeUpdate(
      ResolutionEntity,
      { origin: { document }, id: { $nin: facts.instruments.map((fact) => fact.id) } },
      { title: null, revisions: [], recitals: [], origin: CLEARED_ORIGIN },
    );
    // Recitals it filled in on an instrument another document holds go too (they say where they were read),
    // and come back below if it still gives them.
    await em.nativeUpdate(ResolutionEntity, { [raw(`recitals -> 0 -> 'source' ->> 'document'`)]: document }, { recitals: [] });
    // Statuses the document gave are taken back, then given again below from what it says now.
    await em.nativeUpdate(ResolutionEntity, { statusSource: { document }, origin: { document: { $ne: null } } }, { status: ResolutionStatus.IN_FORCE, mergedInto: null, statusSource: null });
    await em.nativeUpdate(ResolutionEntity, { statusSource: { document } }, { status: ResolutionStatus.UNKNOWN, mergedInto: null, statusSource: null });
  }
  const rows = await ensureResolutions(em, mentionedInstruments(facts));
  const edges = noEdges();
  applyResolutionFacts(em, rows, edges, document, facts, options.curated ?? false);
  await em.flush();
  await insertEdges(em, edges);
}

/**
 * What documents never stored before say about instruments, inside the caller's transaction: the rows they
 * touch read once, and written in one flush, leaving what storing each in turn would.
 */
export async function storeResolutionFactsOfNewDocuments(em: EntityManager, documents: readonly { document: string; facts: ResolutionFacts }[]): Promise<void> {
  const saying = documents.filter(({ facts }) => !saysNothing(facts));
  if (!saying.length) return;
  const rows = await ensureResolutions(em, saying.flatMap(({ facts }) => mentionedInstruments(facts)));
  const edges = noEdges();
  for (const { document, facts } of saying) applyResolutionFacts(em, rows, edges, document, facts, false);
  await em.flush();
  await insertEdges(em, edges);
}

/**
 * The rows a document adds under instruments: its clauses, mandates, revision sightings and citation edges.
 * Nothing reads them back while a document is written, so they go in as plain rows, one statement a table,
 * after the instruments they hang on: as entities, creating and flushing them was most of the subgraph's
 * share of ingestion (bench/FINDINGS.md).
 */
interface Edges { clauses: PlainRow[]; mandates: PlainRow[]; sightings: PlainRow[]; citations: PlainRow[] }

const noEdges = (): Edges => ({ clauses: [], mandates: [], sightings: [], citations: [] });

async function insertEdges(em: EntityManager, edges: Edges): Promise<void> {
  await insertRows(em, OperativeClauseEntity, edges.clauses);
  await insertRows(em, MandateEntity, edges.mandates);
  await insertRows(em, RevisionSightingEntity, edges.sightings);
  await insertRows(em, ResolutionCitationEntity, edges.citations);
}

function instrumentOrigin(document: string | null, fact: InstrumentFact, curated: boolean) {
  return factOrigin(document, { paragraph: null, start: 0, end: 0, quote: fact.title ?? fact.id }, curated);
}

/** Of a reading's values, those it says (no null, no empty list); with `unsaidIn`, only those that row leaves unsaid. */
function said<T extends object>(values: T, unsaidIn?: T): Partial<T> {
  const saysIt = (value: unknown) => value !== null && !(Array.isArray(value) && !value.length);
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => saysIt(value) && !(unsaidIn && saysIt(unsaidIn[key as keyof T])))) as Partial<T>;
}

function saysNothing(facts: ResolutionFacts): boolean {
  return !facts.instruments.length && !facts.citations.length && !facts.mandates.length && !facts.statusFacts.length && !facts.cited?.length;
}

function mentionedInstruments(facts: ResolutionFacts): string[] {
  return [
    ...facts.instruments.map((fact) => fact.id),
    ...facts.citations.flatMap((fact) => [fact.citing]),
    ...facts.mandates.map((fact) => fact.resolution),
    ...(facts.cited ?? []).map((fact) => fact.resolution),
    ...facts.statusFacts.flatMap((fact) => (fact.kind === 'MERGED_INTO' && fact.target ? [fact.resolution, fact.target] : [fact.resolution])),
  ];
}

/**
 * One document's facts applied to the rows of the instruments it mentions, in memory: the caller flushes.
 * An instrument two documents hold (two language versions, a corrected text) takes the winning reading
 * (`readingWins`: a curator's, else the later document id) whatever order they are written in; the losing
 * one fills in only what the winner left unsaid (a title, a revision, recitals).
 */
function applyResolutionFacts(em: EntityManager, rows: Map<string, ResolutionEntity>, edges: Edges, document: string | null, facts: ResolutionFacts, curated: boolean): void {
  for (const fact of facts.instruments) {
    const row = rows.get(fact.id)!;
    const described: Pick<ResolutionEntity, 'title' | 'revisions' | 'recitals'> = {
      title: fact.title,
      revisions: fact.revision ? [fact.revision] : [],
      recitals: fact.recitals.map((recital) => ({ text: recital.text, source: storedProvenance(document, recital.source, curated) })),
    };
    const status = row.status === ResolutionStatus.UNKNOWN ? ResolutionStatus.IN_FORCE : row.status;
    // The row is this document's own, or no document held it yet (only cited): its reading, all of it.
    const fromOtherDocument = !!row.origin?.document && row.origin.document !== document;
    if (!fromOtherDocument) {
      em.assign(row, { issuer: fact.issuer, kind: fact.kind, number: fact.number, ...described, status, origin: instrumentOrigin(document, fact, curated) });
    } else if (readingWins(row.origin, document, curated)) {
      // What the winner leaves unsaid stays as the other document said it.
      em.assign(row, { issuer: fact.issuer, kind: fact.kind, number: fact.number, ...said(described), status, origin: instrumentOrigin(document, fact, curated) });
    } else {
      em.assign(row, { ...said(described, row), status });
    }
    fact.operativeClauses.forEach((clause, position) => {
      edges.clauses.push({
        resolution: row.id, position, block: clause.block, addressee: clause.addressee, number: clause.number,
        text: clause.text, origin: factOrigin(document, clause.source, curated),
      });
    });
  }

  for (const fact of facts.statusFacts) {
    const row = rows.get(fact.resolution);
    if (!row) continue;
    if (fact.kind === 'ABROGATED') row.status = ResolutionStatus.ABROGATED;
    if (fact.kind === 'MERGED_INTO' && fact.target) row.mergedInto = fact.target;
    if (fact.kind === 'ABROGATED' || fact.kind === 'MERGED_INTO') row.statusSource = storedProvenance(document, fact.source, curated);
    if (fact.kind === 'ESTABLISHES' && fact.target) {
      edges.mandates.push({
        resolution: row.id, relation: MandateRelation.ESTABLISHES, activityId: fact.target, activityType: 'Group',
        origin: factOrigin(document, fact.source, curated),
      });
    }
  }

  for (const fact of facts.mandates) {
    edges.mandates.push({
      resolution: rows.get(fact.resolution)!.id, relation: fact.relation as MandateRelation, activityId: fact.activity,
      activityType: fact.activityType, origin: factOrigin(document, fact.source, curated),
    });
  }

  for (const fact of facts.cited ?? []) {
    const resolution = rows.get(fact.resolution);
    if (!resolution || !fact.revision) continue;
    edges.sightings.push({
      resolution: resolution.id, label: fact.revision.label, place: fact.revision.place, year: fact.revision.year, origin: factOrigin(document, fact.source, curated),
    });
  }

  for (const fact of facts.citations) {
    const citing = rows.get(fact.citing);
    if (!citing || fact.citing === fact.cited) continue;
    edges.citations.push({
      citing: citing.id, cited: fact.cited, revision: fact.revision, origin: factOrigin(document, fact.source, curated),
    });
  }
}
