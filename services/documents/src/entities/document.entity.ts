import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { RepositoryEntity } from './repository.entity';
import { Language } from './enums';

/** One document of a repository (`itu-council/000_8f73a2edc1468054`), as normalized text. */
@Entity({ tableName: 'document', schema: 'documents' })
@ObjectType('Document')
@Directive('@key(fields: "id")')
@Index({ properties: ['sortKey', 'id'] })
// Finds a file's stored documents when ingestion asks whether it changed; also serves a whole repository.
@Index({ properties: ['repository', 'path'] })
export class DocumentEntity {
  [OptionalProps]?: 'title' | 'work';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @ManyToOne(() => RepositoryEntity, { ref: true, deleteRule: 'cascade' })
  repository!: Ref<RepositoryEntity>;

  @Property({ type: 'text' })
  @Field(() => String)
  name!: string;

  @Property({ type: 'text' })
  @Field(() => Language)
  language!: Language;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'txt, md, html, xml, docx or pdf' })
  format!: string;

  /** The work this document is one language version of: declared in its repository's manifest, or read from its name. */
  @Property({ type: 'text', nullable: true })
  @Index()
  @Field(() => String, { nullable: true, description: 'The work this document is one language version of (`T-REC-E.119`); its other language versions share it (see `translations`).' })
  work: string | null = null;

  /** sha256 of the file: an unchanged file is not ingested again. */
  @Property({ type: 'text' })
  @Field(() => String)
  contentHash!: string;

  @Property({ type: 'text' })
  path!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'text' })
  sortKey!: string;
}
