import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { StoredProvenance } from '@mandate-graph/server-kit';

/**
 * A document's official symbol (`C22/INF/5`), which its text may not print: a curated fact. The
 * document it names need not be ingested yet, so there is no foreign key to it.
 */
@Entity({ tableName: 'document_symbol', schema: 'documents' })
export class DocumentSymbolEntity {
  [OptionalProps]?: 'serial';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @Property({ type: 'text' })
  @Index()
  documentId!: string;

  @Property({ type: 'text' })
  symbol!: string;

  /** The curated document that states it: re-ingesting that document replaces its symbols. */
  @Property({ type: 'text' })
  @Index()
  statedIn!: string;

  @Property({ type: 'jsonb' })
  source!: StoredProvenance;
}
