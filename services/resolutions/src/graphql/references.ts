import { Directive, Field, ID, ObjectType, createUnionType } from 'type-graphql';

/** A group as this subgraph knows it: an id, to which it adds `establishedBy`. */
@ObjectType('Group')
@Directive('@key(fields: "id")')
export class GroupReference {
  @Field(() => ID) id!: string;
}

/** A meeting as this subgraph knows it: an id, to which it adds `mandatedBy`. */
@ObjectType('Meeting')
@Directive('@key(fields: "id")')
export class MeetingReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Consultation')
@Directive('@key(fields: "id", resolvable: false)')
export class ConsultationReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Action')
@Directive('@key(fields: "id", resolvable: false)')
export class ActionReference {
  @Field(() => ID) id!: string;
}

export const Activity = createUnionType({
  name: 'Activity',
  description: 'What a resolution can mandate.',
  types: () => [GroupReference, MeetingReference, ConsultationReference, ActionReference] as const,
  // The mandate resolver tags each reference with the activity type stored beside its id.
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

/** Meeting ids are GROUP-N or GROUP-OC-N: a mandate on the group covers its meetings. */
export function groupOfMeeting(meetingId: string): string | null {
  const match = /^(.+?)-(?:OC-)?\d+$/.exec(meetingId);
  return match ? match[1] : null;
}
