import { Embedded, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FactOrigin } from '@mandate-graph/server-kit';

/** A working group (`CWG-INTERNET`). Stored row and GraphQL type in one class. */
@Entity({ tableName: 'group', schema: 'meetings' })
@ObjectType('Group')
@Directive('@key(fields: "id")')
export class GroupEntity {
  [OptionalProps]?: 'origin';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  /** The document whose ingestion wrote this row (null for rows created by hand). */
  @Embedded(() => FactOrigin, { prefix: false, nullable: true })
  origin: FactOrigin | null = null;
}
