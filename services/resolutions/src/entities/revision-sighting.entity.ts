import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { FactOrigin } from '@mandate-graph/server-kit';
import { ResolutionEntity } from './resolution.entity';

/** A revision of an instrument as a document cites it ("Resolution 71 (Rev. Busan, 2014)"), where it was seen. */
@Entity({ tableName: 'revision_sighting', schema: 'resolutions' })
export class RevisionSightingEntity {
  [OptionalProps]?: 'serial' | 'place' | 'year';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => ResolutionEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  resolution!: Ref<ResolutionEntity>;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'text', nullable: true })
  place: string | null = null;

  @Property({ type: 'integer', nullable: true })
  year: number | null = null;

  /** The document that cites the revision, and the citation's provenance. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
