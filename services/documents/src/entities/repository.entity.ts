import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A folder of documents (`itu-council`, `pp18-final-acts`). */
@Entity({ tableName: 'repository', schema: 'documents' })
@ObjectType('Repository')
@Directive('@key(fields: "id")')
export class RepositoryEntity {
  [OptionalProps]?: 'title';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null = null;
}
