import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A folder of documents (`itu-council`, `pp18-final-acts`). */
@Entity({ tableName: 'repository', schema: 'documents' })
@ObjectType('Repository')
@Directive('@key(fields: "id")')
export class RepositoryEntity {
  [OptionalProps]?: 'title' | 'folder';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null = null;

  /** The real path of the folder that claimed the id; not in the API (it is a path on the ingesting machine). */
  @Property({ type: 'text', nullable: true })
  folder: string | null = null;
}
