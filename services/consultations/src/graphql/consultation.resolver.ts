import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs, Provenance, paginate, toProvenance } from '@mandate-graph/server-kit';
import { ConsultationEntity, ResponseCountEntity } from '../entities';
import type { ConsultationsContext } from './context';
import { GroupReference, MeetingReference, ResolutionReference } from './references';

const ConsultationConnection = ConnectionType('Consultation', () => ConsultationEntity);

@ObjectType({ description: 'Answers to a consultation: the stated total and the count per stakeholder category.' })
class ResponseTally {
  @Field(() => Int, { description: 'As the document states it.' }) total!: number;
  @Field(() => [ResponseCountEntity]) byCategory!: ResponseCountEntity[];
  @Field(() => Boolean, { description: 'Whether the categories add up to the stated total.' }) consistent!: boolean;
}

@ArgsType()
class ConsultationsArgs {
  @Field(() => ID, { nullable: true }) group?: string | null;
}

const meeting = (id: string | null): MeetingReference | null => (id ? { id } : null);

@Resolver(() => ConsultationEntity)
export class ConsultationResolver {
  @Query(() => ConsultationEntity, { nullable: true })
  consultation(@Arg('id', () => ID) id: string, @Ctx() { loaders }: ConsultationsContext) {
    return loaders.consultation.load(id);
  }

  @Query(() => ConsultationConnection, { description: 'Consultations in the order they opened.' })
  consultations(@Args(() => PageArgs) page: PageArgs, @Args(() => ConsultationsArgs) args: ConsultationsArgs, @Ctx() { em }: ConsultationsContext) {
    return paginate(em, ConsultationEntity, args.group ? { groupId: args.group } : {}, page);
  }

  @FieldResolver(() => GroupReference, { nullable: true })
  group(@Root() consultation: ConsultationEntity): GroupReference | null {
    return consultation.groupId ? { id: consultation.groupId } : null;
  }

  @FieldResolver(() => MeetingReference, { nullable: true, description: 'The group meeting that launched it.' })
  launchedAt(@Root() consultation: ConsultationEntity) {
    return meeting(consultation.launchedAt);
  }

  @FieldResolver(() => MeetingReference, { nullable: true, description: 'The group meeting that reviewed its results.' })
  reviewedAt(@Root() consultation: ConsultationEntity) {
    return meeting(consultation.reviewedAt);
  }

  @FieldResolver(() => MeetingReference, { nullable: true, description: 'The open-consultation meeting held on it.' })
  consultationMeeting(@Root() consultation: ConsultationEntity) {
    return meeting(consultation.consultationMeeting);
  }

  @FieldResolver(() => [ResolutionReference], { description: 'Resolutions the consultation is held under.' })
  resolutions(@Root() consultation: ConsultationEntity): ResolutionReference[] {
    return consultation.resolutions.map((id) => ({ id }));
  }

  @FieldResolver(() => ResponseTally)
  async responses(@Root() consultation: ConsultationEntity, @Ctx() { loaders }: ConsultationsContext): Promise<ResponseTally> {
    const byCategory = await loaders.responsesOf.load(consultation.id);
    const sum = byCategory.reduce((total, row) => total + row.count, 0);
    return { total: consultation.total ?? sum, byCategory, consistent: consultation.total === null || consultation.total === sum };
  }

  @FieldResolver(() => Provenance)
  source(@Root() consultation: ConsultationEntity): Provenance {
    return toProvenance(consultation.origin.source);
  }
}

@Resolver(() => MeetingReference)
export class MeetingConsultationsResolver {
  @FieldResolver(() => [ConsultationEntity], { nullable: true })
  consultationsLaunched(@Root() meeting: MeetingReference, @Ctx() { loaders }: ConsultationsContext) {
    return loaders.launchedAt.load(meeting.id);
  }

  @FieldResolver(() => [ConsultationEntity], { nullable: true })
  consultationsReviewed(@Root() meeting: MeetingReference, @Ctx() { loaders }: ConsultationsContext) {
    return loaders.reviewedAt.load(meeting.id);
  }
}

@Resolver(() => ResolutionReference)
export class ResolutionConsultationsResolver {
  @FieldResolver(() => [ConsultationEntity], { nullable: true, description: 'Consultations held under this resolution.' })
  consultations(@Root() resolution: ResolutionReference, @Ctx() { loaders }: ConsultationsContext) {
    return loaders.heldUnder.load(resolution.id);
  }
}
