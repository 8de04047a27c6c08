import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A document as other subgraphs point at it; the documents subgraph owns its fields. */
@ObjectType('Document')
@Directive('@key(fields: "id", resolvable: false)')
export class DocumentReference {
  @Field(() => ID) id!: string;
}

/** How a fact's origin is kept in a subgraph's store (a jsonb column). */
export interface StoredProvenance {
  document: string | null;
  paragraph: string | null;
  start: number | null;
  end: number | null;
  quote: string;
  curated: boolean;
}

@ObjectType({ description: 'Where a fact came from: the document, the paragraph, the exact characters.' })
@Directive('@shareable')
export class Provenance {
  @Field(() => DocumentReference, { nullable: true }) document!: DocumentReference | null;
  @Field(() => String, { nullable: true }) paragraph!: string | null;
  @Field(() => Int, { nullable: true, description: 'Offset of the first character in the document text.' }) start!: number | null;
  @Field(() => Int, { nullable: true, description: 'Offset just past the last character.' }) end!: number | null;
  @Field(() => String) quote!: string;
  @Field(() => Boolean, { description: 'Typed in by hand (a curated overlay), not read from the text.' }) curated!: boolean;
}

export function toProvenance(stored: StoredProvenance): Provenance {
  return { ...stored, document: stored.document ? { id: stored.document } : null };
}
