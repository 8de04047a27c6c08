import { Embeddable, Property } from '@mikro-orm/core';
import { storedProvenance, type Span, type StoredProvenance } from './provenance';

/**
 * Where a stored fact came from, the same two columns on every fact table: `document`, the document whose
 * ingestion wrote the row (indexed, so retracting a document is one indexed delete), and `source`, its provenance.
 * Embedded without a prefix, so the columns keep their plain names.
 */
@Embeddable()
export class FactOrigin {
  @Property({ type: 'text', nullable: true, index: true })
  document!: string | null;

  @Property({ type: 'jsonb' })
  source!: StoredProvenance;
}

/** The origin of a fact read at `span` of `document` (or typed into a curated overlay). */
export function factOrigin(document: string | null, span: Span, curated = false): FactOrigin {
  return Object.assign(new FactOrigin(), { document, source: storedProvenance(document, span, curated) });
}

/**
 * Clears both columns of a nullable origin in `nativeUpdate`: MikroORM writes an embeddable's columns from an
 * object only, and silently skips `null`. For update data only; never a loaded row's value.
 */
export const CLEARED_ORIGIN = { document: null, source: null } as unknown as FactOrigin;

/**
 * Whether `document`'s reading of a row another document described replaces the stored one: a curator's
 * always, a report never over a curator's, otherwise the later document id wins. One run through a
 * repository's files meets them in about that order; runs in parallel meet them in any order, and still
 * leave the same rows. A reading that loses only fills in what the winning one left unsaid.
 */
export function readingWins(stored: FactOrigin | null | undefined, document: string | null, curated: boolean | undefined): boolean {
  if (!stored?.document || stored.document === document || curated) return true;
  if (stored.source?.curated || !document) return false;
  return stored.document < document;
}
