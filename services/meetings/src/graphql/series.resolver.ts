import { parseActivityId } from '@mandate-graph/vocabulary';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { GroupEntity, MeetingEntity } from '../entities';
import type { MeetingsContext } from './context';

/** The open-consultation meetings of a group (`CWG-INTERNET-OC`), which a resolution can mandate as a whole. */
@ObjectType('MeetingSeries')
@Directive('@key(fields: "id")')
export class MeetingSeries {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The kind of its meetings: OPEN_CONSULTATION_MEETING.' }) kind!: string;
  groupId!: string;
}

/** `GROUP-OC` names the series of GROUP-OC-N meetings; any other id names no series. */
export function meetingSeries(id: string): MeetingSeries | null {
  const parsed = parseActivityId(id);
  return parsed?.type === 'MeetingSeries' ? { id, kind: 'OPEN_CONSULTATION_MEETING', groupId: parsed.group } : null;
}

@Resolver(() => MeetingSeries)
export class MeetingSeriesResolver {
  @FieldResolver(() => GroupEntity, { nullable: true })
  group(@Root() series: MeetingSeries, @Ctx() { loaders }: MeetingsContext) {
    return loaders.group.load(series.groupId);
  }

  @FieldResolver(() => [MeetingEntity], { description: 'Its meetings held so far, by number.' })
  async meetings(@Root() series: MeetingSeries, @Ctx() { loaders }: MeetingsContext) {
    return (await loaders.meetingsOfGroup.load(series.groupId)).filter((meeting) => meeting.kind === series.kind);
  }
}
