import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GroupEntity, MeetingEntity } from '../entities';
import { Provenance, toProvenance } from '@mandate-graph/server-kit';
import type { MeetingsContext } from './context';

@Resolver(() => GroupEntity)
export class GroupResolver {
  @Query(() => GroupEntity, { nullable: true })
  group(@Arg('id', () => ID) id: string, @Ctx() { loaders }: MeetingsContext) {
    return loaders.group.load(id);
  }

  @FieldResolver(() => [MeetingEntity])
  meetings(@Root() group: GroupEntity, @Ctx() { loaders }: MeetingsContext) {
    return loaders.meetingsOfGroup.load(group.id);
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where this group was read.' })
  source(@Root() group: GroupEntity): Provenance | null {
    return group.origin ? toProvenance(group.origin.source) : null;
  }
}
