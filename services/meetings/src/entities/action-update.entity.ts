import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ActionEntity } from './action.entity';
import { ActionStatus } from './enums';

/** One change of an action's status: the history is append-only. */
@Entity({ tableName: 'action_update', schema: 'meetings' })
@ObjectType('ActionUpdate')
export class ActionUpdateEntity {
  [OptionalProps]?: 'serial' | 'from' | 'note';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => ActionEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  action!: Ref<ActionEntity>;

  @Property({ type: 'timestamptz' })
  @Field(() => DateTimeResolver)
  at!: Date;

  @Property({ type: 'text' })
  @Field(() => String)
  by!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => ActionStatus, { nullable: true })
  from: ActionStatus | null = null;

  @Property({ type: 'text' })
  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null = null;
}
