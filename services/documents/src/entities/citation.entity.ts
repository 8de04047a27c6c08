import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DocumentEntity } from './document.entity';

/** A citation of an instrument found in a document, with its exact span. */
@Entity({ tableName: 'citation', schema: 'documents' })
@ObjectType('Citation')
@Index({ properties: ['resolution', 'sortKey'] })
export class CitationEntity {
  [OptionalProps]?: 'paragraph' | 'resolution' | 'revision';

  @ManyToOne(() => DocumentEntity, { ref: true, deleteRule: 'cascade', primary: true })
  document!: Ref<DocumentEntity>;

  @PrimaryKey({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  @Field(() => String)
  text!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  paragraph: string | null = null;

  @Property({ type: 'integer' })
  @Field(() => Int)
  start!: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  end!: number;

  /** Resolved id (`PP-RES-102`), or null when the instrument could not be decided. */
  @Property({ type: 'text', nullable: true })
  resolution: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The revision cited, e.g. "Rev. Dubai, 2018".' })
  revision: string | null = null;

  @Property({ type: 'double precision' })
  @Field(() => Float)
  confidence!: number;

  /** Document id and zero-padded position: the order of `citedIn`. */
  @Property({ type: 'text' })
  sortKey!: string;
}
