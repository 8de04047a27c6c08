import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/core';
import { ConnectionType, PageArgs, Provenance, paginate, toProvenance } from '@mandate-graph/server-kit';
import { ActionEntity, ActionStatus, ActionUpdateEntity, Assignee, MeetingEntity } from '../entities';
import { changeActionStatus } from '../follow-up/update-status';
import type { MeetingsContext } from './context';
import { ConsultationReference, ResolutionReference } from './references';

const ActionConnection = ConnectionType('Action', () => ActionEntity);

/** The three bureaux each see what is given to "the Bureau Directors" together. */
const BUREAUX = new Set<Assignee>([Assignee.TSB, Assignee.BR, Assignee.BDT]);

@ArgsType()
class ActionsArgs {
  @Field(() => Assignee, { nullable: true }) assignee?: Assignee | null;
  @Field(() => ActionStatus, { nullable: true }) status?: ActionStatus | null;
  @Field(() => ID, { nullable: true }) meeting?: string | null;
  @Field(() => ID, { nullable: true }) resolution?: string | null;
  @Field(() => DateResolver, { nullable: true, description: 'Only actions due before this date.' }) dueBefore?: string | null;
}

@Resolver(() => ActionEntity)
export class ActionResolver {
  @Query(() => ActionConnection, { description: 'Follow-up actions in the order of their meetings.' })
  actions(@Args(() => PageArgs) page: PageArgs, @Args(() => ActionsArgs) args: ActionsArgs, @Ctx() { em }: MeetingsContext) {
    const where: FilterQuery<ActionEntity>[] = [];
    if (args.assignee) {
      const assignees = BUREAUX.has(args.assignee) ? [args.assignee, Assignee.BUREAU_DIRECTORS] : [args.assignee];
      where.push({ assignees: { $overlap: assignees } });
    }
    if (args.status) where.push({ status: args.status });
    if (args.meeting) where.push({ meeting: args.meeting });
    if (args.resolution) where.push({ references: { $overlap: [args.resolution] } });
    if (args.dueBefore) where.push({ dueDate: { $lt: args.dueBefore } });
    return paginate(em, ActionEntity, where.length ? { $and: where } : {}, page);
  }

  @Query(() => ActionEntity, { nullable: true })
  action(@Arg('id', () => ID) id: string, @Ctx() { loaders }: MeetingsContext) {
    return loaders.action.load(id);
  }

  @FieldResolver(() => MeetingEntity)
  meeting(@Root() action: ActionEntity, @Ctx() { loaders }: MeetingsContext) {
    return loaders.meeting.load(action.meeting.id);
  }

  @FieldResolver(() => [ResolutionReference])
  references(@Root() action: ActionEntity): ResolutionReference[] {
    return action.references.map((id) => ({ id }));
  }

  @FieldResolver(() => ConsultationReference, { nullable: true })
  consultation(@Root() action: ActionEntity): ConsultationReference | null {
    return action.consultation ? { id: action.consultation } : null;
  }

  @FieldResolver(() => [ActionUpdateEntity])
  history(@Root() action: ActionEntity, @Ctx() { loaders }: MeetingsContext) {
    return loaders.historyOfAction.load(action.id);
  }

  @FieldResolver(() => Provenance)
  source(@Root() action: ActionEntity): Provenance {
    return toProvenance(action.origin.source);
  }
}

@Resolver(() => ResolutionReference)
export class ResolutionActionsResolver {
  @FieldResolver(() => [ActionEntity], { nullable: true, description: 'Actions that refer to this resolution.' })
  actions(@Root() resolution: ResolutionReference, @Ctx() { loaders }: MeetingsContext) {
    return loaders.actionsReferencing.load(resolution.id);
  }
}

@ArgsType()
class UpdateActionStatusArgs {
  @Field(() => ID) id!: string;
  @Field(() => ActionStatus) status!: ActionStatus;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field(() => Int, { nullable: true, description: 'The version last read: a change made meanwhile by someone else is then refused (CONFLICT).' })
  expectedVersion?: number | null;
}

@Resolver(() => ActionEntity)
export class ActionStatusResolver {
  @Mutation(() => ActionEntity, { description: 'Secretariat: any action; a director: actions of their bureau or of the Bureau Directors. Appends to history.' })
  updateActionStatus(@Args(() => UpdateActionStatusArgs) args: UpdateActionStatusArgs, @Ctx() { em, principal }: MeetingsContext) {
    return changeActionStatus(em, principal, args);
  }
}
