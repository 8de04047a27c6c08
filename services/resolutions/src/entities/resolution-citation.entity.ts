import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { FactOrigin } from '@mandate-graph/server-kit';
import { ResolutionEntity } from './resolution.entity';

/** One instrument citing another, in the revision it names. The cited one may be known only by this. */
@Entity({ tableName: 'resolution_citation', schema: 'resolutions' })
export class ResolutionCitationEntity {
  [OptionalProps]?: 'serial' | 'revision';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => ResolutionEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  citing!: Ref<ResolutionEntity>;

  @Property({ type: 'text' })
  @Index()
  cited!: string;

  @Property({ type: 'text', nullable: true })
  revision: string | null = null;

  /** The document whose ingestion wrote this row, and the fact's provenance. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
