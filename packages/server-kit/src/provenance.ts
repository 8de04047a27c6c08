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

/**
 * The Provenance type with `document` of the given class: other subgraphs point at a DocumentReference;
 * the documents subgraph, which owns Document, at its own entity (one schema cannot hold two "Document"s).
 */
export function provenanceType<DocumentType extends { id: string }>(documentType: () => new () => DocumentType) {
  @ObjectType('Provenance', { description: 'Where a fact came from: the document, the paragraph, the exact characters.' })
  @Directive('@shareable')
  class ProvenanceOf {
    @Field(documentType, { nullable: true }) document!: DocumentType | null;
    @Field(() => String, { nullable: true }) paragraph!: string | null;
    @Field(() => Int, { nullable: true, description: 'Offset of the first character in the document text.' }) start!: number | null;
    @Field(() => Int, { nullable: true, description: 'Offset just past the last character.' }) end!: number | null;
    @Field(() => String) quote!: string;
    @Field(() => Boolean, { description: 'Typed in by hand (a curated overlay), not read from the text.' }) curated!: boolean;
  }
  return ProvenanceOf;
}

export const Provenance = provenanceType(() => DocumentReference);
export type Provenance = InstanceType<typeof Provenance>;

/** Where in a document a fact was read, as extraction gives it. */
export interface Span {
  paragraph: string | null;
  start: number;
  end: number;
  quote: string;
}

/** The stored provenance of a fact read at `span` of `document` (or typed into a curated overlay). */
export function storedProvenance(document: string | null, span: Span, curated = false): StoredProvenance {
  return { document, paragraph: span.paragraph, start: span.start, end: span.end, quote: span.quote, curated };
}

export function toProvenance(stored: StoredProvenance): Provenance {
  return { ...stored, document: stored.document ? { id: stored.document } : null };
}
