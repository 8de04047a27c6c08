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

/** A consultation as this subgraph knows it: an id, to which it adds `mandatedBy`. */
@ObjectType('Consultation')
@Directive('@key(fields: "id")')
export class ConsultationReference {
  @Field(() => ID) id!: string;
}

@ObjectType('Action')
@Directive('@key(fields: "id", resolvable: false)')
export class ActionReference {
  @Field(() => ID) id!: string;
}

@ObjectType('MeetingSeries')
@Directive('@key(fields: "id", resolvable: false)')
export class MeetingSeriesReference {
  @Field(() => ID) id!: string;
}

@ObjectType('ConsultationSeries')
@Directive('@key(fields: "id", resolvable: false)')
export class ConsultationSeriesReference {
  @Field(() => ID) id!: string;
}

export const Activity = createUnionType({
  name: 'Activity',
  description: 'What a resolution can mandate.',
  types: () => [GroupReference, MeetingReference, ConsultationReference, ActionReference, MeetingSeriesReference, ConsultationSeriesReference] as const,
  // The mandate resolver tags each reference with the activity type stored beside its id.
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

export { coveringActivities } from '@mandate-graph/vocabulary';
