import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DocumentEntity } from './document.entity';
import { Language, ParagraphRole } from './enums';
import { foldedSql } from '../search/terms';

@Entity({ tableName: 'paragraph', schema: 'documents' })
@ObjectType('Paragraph')
// Trigram index on the folded text: serves substring search in every script, Chinese included (no word boundaries needed).
@Index({ name: 'paragraph_folded_trgm_index', expression: 'create index "paragraph_folded_trgm_index" on "documents"."paragraph" using gin ("folded" gin_trgm_ops)' })
export class ParagraphEntity {
  @ManyToOne(() => DocumentEntity, { ref: true, deleteRule: 'cascade', primary: true })
  document!: Ref<DocumentEntity>;

  @PrimaryKey({ type: 'integer' })
  position!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  number!: string | null;

  @Property({ type: 'text' })
  @Field(() => String)
  text!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Offset of the paragraph text in the document text.' })
  start!: number;

  @Property({ type: 'integer' })
  @Field(() => Int)
  end!: number;

  @Property({ type: 'text', default: 'BODY' })
  @Field(() => ParagraphRole, { description: 'A heading or a footnote (kept apart from the body, as Word and PDF files give them), or body text.' })
  role: ParagraphRole = ParagraphRole.BODY;

  /**
   * The text lower-cased and folded (search/terms.ts), stored: search compares it with the folded words
   * without folding each candidate paragraph again (which cost 0.1 ms a paragraph). Never read by the API.
   */
  @Property({ type: 'text', generated: `(${foldedSql('"text"')}) stored`, lazy: true, hidden: true, nullable: true })
  folded?: string | null;

  /** Copied from the document so that search filters by language without a join. */
  @Property({ type: 'text' })
  @Index()
  language!: Language;
}
