import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Provenance, toProvenance } from '@mandate-graph/server-kit';
import { MandateEntity, MandateRelation, ResolutionEntity } from '../entities';
import type { ResolutionsContext } from './context';
import { found } from './loaders';
import { Activity, ConsultationReference, GroupReference, MeetingReference, coveringActivities } from './references';

@Resolver(() => MandateEntity)
export class MandateResolver {
  @FieldResolver(() => Activity, { nullable: true })
  activity(@Root() mandate: MandateEntity) {
    return { __typename: mandate.activityType, id: mandate.activityId };
  }

  @FieldResolver(() => Provenance, { nullable: true, description: 'The clause or sentence that gives the mandate.' })
  source(@Root() mandate: MandateEntity): Provenance {
    return toProvenance(mandate.origin.source);
  }

  @FieldResolver(() => ResolutionEntity)
  resolution(@Root() mandate: MandateEntity, @Ctx() { loaders }: ResolutionsContext) {
    return loaders.resolutionOrCited.load(mandate.resolution.id);
  }
}

async function resolutionsOf(mandates: MandateEntity[], { loaders }: ResolutionsContext) {
  const ids = [...new Set(mandates.map((mandate) => mandate.resolution.id))];
  return found(await loaders.resolutionOrCited.loadMany(ids));
}

@Resolver(() => GroupReference)
export class GroupMandatesResolver {
  @FieldResolver(() => [ResolutionEntity], { nullable: true, description: 'Resolutions that establish the group.' })
  async establishedBy(@Root() group: GroupReference, @Ctx() context: ResolutionsContext) {
    return resolutionsOf(await context.loaders.establishing.load(group.id), context);
  }
}

@Resolver(() => MeetingReference)
export class MeetingMandatesResolver {
  @FieldResolver(() => [ResolutionEntity], { nullable: true, description: 'Resolutions that mandate the meeting or its group.' })
  async mandatedBy(@Root() meeting: MeetingReference, @Ctx() context: ResolutionsContext) {
    return resolutionsOf(await mandatesCovering(meeting.id, context), context);
  }
}

@Resolver(() => ConsultationReference)
export class ConsultationMandatesResolver {
  @FieldResolver(() => [ResolutionEntity], { nullable: true, description: 'Resolutions that mandate the consultation, its series or its group.' })
  async mandatedBy(@Root() consultation: ConsultationReference, @Ctx() context: ResolutionsContext) {
    return resolutionsOf(await mandatesCovering(consultation.id, context), context);
  }
}

/** The mandates on an activity and on what covers it (its series, its group); a clause that only refers to a group mandates nothing. */
async function mandatesCovering(activityId: string, { loaders }: ResolutionsContext): Promise<MandateEntity[]> {
  const lists = await Promise.all([activityId, ...coveringActivities(activityId)].map((id) => loaders.mandatesOn.load(id)));
  return lists.flat().filter((mandate) => mandate.relation !== MandateRelation.REFERENCES);
}
