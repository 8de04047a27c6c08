import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ActionEntity, GroupEntity, MeetingEntity } from '../entities';
import { Provenance, toProvenance } from '@mandate-graph/server-kit';
import type { MeetingsContext } from './context';
import { Count } from './count';

@Resolver(() => MeetingEntity)
export class MeetingResolver {
  @Query(() => MeetingEntity, { nullable: true })
  meeting(@Arg('id', () => ID) id: string, @Ctx() { loaders }: MeetingsContext) {
    return loaders.meeting.load(id);
  }

  @FieldResolver(() => GroupEntity)
  async group(@Root() meeting: MeetingEntity, @Ctx() { loaders }: MeetingsContext) {
    return loaders.group.load(meeting.group.id);
  }

  @FieldResolver(() => Count, { nullable: true })
  registered(@Root() meeting: MeetingEntity): Count | null {
    return meeting.registered;
  }

  @FieldResolver(() => Count, { nullable: true, description: 'Active participants.' })
  participants(@Root() meeting: MeetingEntity): Count | null {
    return meeting.participants;
  }

  @FieldResolver(() => [ActionEntity])
  actions(@Root() meeting: MeetingEntity, @Ctx() { loaders }: MeetingsContext) {
    return loaders.actionsOfMeeting.load(meeting.id);
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where this meeting was read.' })
  source(@Root() meeting: MeetingEntity): Provenance | null {
    return meeting.origin ? toProvenance(meeting.origin.source) : null;
  }
}
