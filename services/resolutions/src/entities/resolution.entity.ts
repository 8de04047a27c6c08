import { Embedded, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { FactOrigin, type StoredProvenance } from '@mandate-graph/server-kit';
import { ResolutionStatus } from './enums';

export interface StoredRevision { label: string; place: string | null; year: number | null }
export interface StoredRecital { text: string; source: StoredProvenance }

/** An instrument: a resolution, decision or recommendation of a conference or of the Council. */
@Entity({ tableName: 'resolution', schema: 'resolutions' })
@ObjectType('Resolution')
@Directive('@key(fields: "id")')
@Index({ properties: ['sortKey', 'id'] })
// What a document gave instruments is found by the document its provenance names, when that document is written again or taken out.
@Index({ name: 'resolution_recitals_document_index', expression: `create index "resolution_recitals_document_index" on "resolutions"."resolution" ((recitals -> 0 -> 'source' ->> 'document'))` })
@Index({ name: 'resolution_status_source_document_index', expression: `create index "resolution_status_source_document_index" on "resolutions"."resolution" (("status_source" ->> 'document'))` })
export class ResolutionEntity {
  [OptionalProps]?: 'title' | 'revisions' | 'recitals' | 'status' | 'mergedInto' | 'statusSource' | 'origin';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Index()
  @Field(() => String, { description: 'PP, C, WTSA, WTDC, RA, WCIT or UNGA' })
  issuer!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'RES, DEC or REC' })
  kind!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  number!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null = null;

  @Property({ type: 'jsonb' })
  revisions: StoredRevision[] = [];

  @Property({ type: 'jsonb' })
  recitals: StoredRecital[] = [];

  @Property({ type: 'text' })
  @Index()
  @Field(() => ResolutionStatus)
  status: ResolutionStatus = ResolutionStatus.UNKNOWN;

  @Property({ type: 'text', nullable: true })
  mergedInto: string | null = null;

  /** Where the status and merge were read. */
  @Property({ type: 'jsonb', nullable: true })
  statusSource: StoredProvenance | null = null;

  /** Issuer, kind and zero-padded number: the order of the `resolutions` connection. */
  @Property({ type: 'text' })
  sortKey!: string;

  /** The document that holds the instrument's own text (null when only other documents mention it). */
  @Embedded(() => FactOrigin, { prefix: false, nullable: true })
  origin: FactOrigin | null = null;
}

// Resolution ids are parsed and ordered by the contract's vocabulary.
export { parseResolutionId, resolutionSortKey } from '@mandate-graph/vocabulary';
