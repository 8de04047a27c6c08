import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A meeting as this subgraph knows it: an id, to which it adds the consultations it launched and reviewed. */
@ObjectType('Meeting')
@Directive('@key(fields: "id")')
export class MeetingReference {
  @Field(() => ID) id!: string;
}

/** A resolution as this subgraph knows it: an id, to which it adds `consultations`. */
@ObjectType('Resolution')
@Directive('@key(fields: "id")')
export class ResolutionReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Group')
@Directive('@key(fields: "id", resolvable: false)')
export class GroupReference {
  @Field(() => ID) id!: string;
}
