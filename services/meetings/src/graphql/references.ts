import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A resolution as this subgraph knows it: an id, to which it adds `actions`. */
@ObjectType('Resolution')
@Directive('@key(fields: "id")')
export class ResolutionReference {
  @Field(() => ID) id!: string;
}

/** A consultation an action concerns; the consultations subgraph owns its fields. */
@ObjectType('Consultation')
@Directive('@key(fields: "id", resolvable: false)')
export class ConsultationReference {
  @Field(() => ID) id!: string;
}
