import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { FactOrigin } from '@mandate-graph/server-kit';
import { GroupEntity } from './group.entity';

export interface StoredCount { value: number; atLeast: boolean }

/** A meeting of a group (`CWG-INTERNET-16`) or one of its open-consultation meetings (`CWG-INTERNET-OC-9`). */
@Entity({ tableName: 'meeting', schema: 'meetings' })
@ObjectType('Meeting')
@Directive('@key(fields: "id")')
export class MeetingEntity {
  [OptionalProps]?: 'startDate' | 'endDate' | 'format' | 'contributionsReceived' | 'registered' | 'participants' | 'origin';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @ManyToOne(() => GroupEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  group!: Ref<GroupEntity>;

  @Property({ type: 'integer' })
  @Field(() => Int)
  number!: number;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'GROUP_MEETING or OPEN_CONSULTATION_MEETING' })
  kind!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateResolver, { nullable: true })
  startDate: string | null = null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateResolver, { nullable: true })
  endDate: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'VIRTUAL, PHYSICAL or HYBRID' })
  format: string | null = null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true })
  contributionsReceived: number | null = null;

  @Property({ type: 'jsonb', nullable: true })
  registered: StoredCount | null = null;

  @Property({ type: 'jsonb', nullable: true })
  participants: StoredCount | null = null;

  /** The document whose ingestion wrote this row, and the fact's provenance. */
  @Embedded(() => FactOrigin, { prefix: false, nullable: true })
  origin: FactOrigin | null = null;
}
