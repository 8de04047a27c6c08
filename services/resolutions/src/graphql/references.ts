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

/**
 * What else a mandate on an activity can be given on: meeting ids are GROUP-N or GROUP-OC-N, consultation
 * ids GROUP-CONS-YYYY-MM; a mandate on the group covers them all, one on a series (GROUP-OC, GROUP-CONS)
 * covers its members.
 */
export function coveringActivities(activityId: string): string[] {
  const openConsultationMeeting = /^(.+)-OC-\d+$/.exec(activityId);
  if (openConsultationMeeting) return [`${openConsultationMeeting[1]}-OC`, openConsultationMeeting[1]];
  const consultation = /^(.+)-CONS-\d{4}-\d{2}$/.exec(activityId);
  if (consultation) return [`${consultation[1]}-CONS`, consultation[1]];
  const groupMeeting = /^(.+)-\d+$/.exec(activityId);
  return groupMeeting ? [groupMeeting[1]] : [];
}
