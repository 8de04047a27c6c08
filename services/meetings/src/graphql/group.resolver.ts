import { Arg, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GroupEntity, Language, MeetingEntity } from '../entities';
import { Provenance, toProvenance } from '@mandate-graph/server-kit';
import type { MeetingsContext } from './context';

@ObjectType({ description: 'A name documents give a group, in one language.' })
export class GroupName {
  @Field(() => Language) language!: Language;
  @Field(() => String) name!: string;
  @Field(() => Provenance, { nullable: true, description: 'The first place a document names the group so.' }) source!: Provenance | null;
}

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

  @FieldResolver(() => [GroupName], { description: 'Every name documents give the group, once per language and name, in language order.' })
  async names(@Root() group: GroupEntity, @Ctx() { loaders }: MeetingsContext): Promise<GroupName[]> {
    const seen = new Set<string>();
    const names: GroupName[] = [];
    for (const row of await loaders.namesOfGroup.load(group.id)) {
      const key = `${row.language} ${row.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      names.push({ language: row.language, name: row.name, source: toProvenance(row.origin.source) });
    }
    return names;
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'Where this group was read.' })
  source(@Root() group: GroupEntity): Provenance | null {
    return group.origin ? toProvenance(group.origin.source) : null;
  }
}
