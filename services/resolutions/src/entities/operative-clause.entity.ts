import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { FactOrigin } from '@mandate-graph/server-kit';
import { ResolutionEntity } from './resolution.entity';

@Entity({ tableName: 'operative_clause', schema: 'resolutions' })
@ObjectType('OperativeClause')
@Index({ properties: ['resolution', 'position'] })
export class OperativeClauseEntity {
  [OptionalProps]?: 'serial' | 'addressee' | 'number';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => ResolutionEntity, { ref: true, deleteRule: 'cascade' })
  resolution!: Ref<ResolutionEntity>;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'The operative block, e.g. resolves, instructs_the_secretary_general.' })
  block!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  addressee: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  number: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String)
  text!: string;

  /** The document whose ingestion wrote this row, and the fact's provenance. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
