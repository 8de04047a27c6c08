import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A resolution as this subgraph knows it: an id, to which it adds `citedIn`. */
@ObjectType('Resolution')
@Directive('@key(fields: "id")')
export class ResolutionReference {
  @Field(() => ID) id!: string;
}
