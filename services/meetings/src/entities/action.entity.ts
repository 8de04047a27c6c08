import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { FactOrigin } from '@mandate-graph/server-kit';
import { MeetingEntity } from './meeting.entity';
import { ActionStatus, Assignee } from './enums';

/** A follow-up action a meeting hands out (`CWG-INTERNET-16/2.5.1`). */
@Entity({ tableName: 'action', schema: 'meetings' })
@ObjectType('Action')
@Directive('@key(fields: "id")')
@Index({ properties: ['sortKey', 'id'] })
export class ActionEntity {
  [OptionalProps]?: 'assignees' | 'status' | 'dueDate' | 'references' | 'consultation' | 'version';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @ManyToOne(() => MeetingEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  meeting!: Ref<MeetingEntity>;

  @Property({ type: 'text' })
  @Field(() => String)
  paragraph!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  text!: string;

  @Property({ type: 'text[]' })
  @Index({ type: 'gin' })
  @Field(() => [Assignee])
  assignees: Assignee[] = [];

  @Property({ type: 'text' })
  @Index()
  @Field(() => ActionStatus)
  status: ActionStatus = ActionStatus.OPEN;

  @Property({ type: 'date', nullable: true })
  @Index()
  @Field(() => DateResolver, { nullable: true })
  dueDate: string | null = null;

  /** Ids of the resolutions the action refers to (owned by the resolutions subgraph). */
  @Property({ type: 'text[]' })
  @Index({ type: 'gin' })
  references: string[] = [];

  @Property({ type: 'text', nullable: true })
  consultation: string | null = null;

  /** Meeting date, meeting id and zero-padded paragraph: the order of the `actions` connection. */
  @Property({ type: 'text' })
  sortKey!: string;

  /** The document whose ingestion wrote this row, and the fact's provenance. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;

  /** Optimistic lock: two concurrent status changes cannot both win. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Grows with each change; send it back as expectedVersion.' })
  version!: number;
}
