import { parseActivityId } from '@mandate-graph/vocabulary';
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ConsultationEntity } from '../entities';
import type { ConsultationsContext } from './context';
import { GroupReference } from './references';

/** The open consultations of a group (`CWG-INTERNET-CONS`), which a resolution can mandate as a whole. */
@ObjectType('ConsultationSeries')
@Directive('@key(fields: "id")')
export class ConsultationSeries {
  @Field(() => ID) id!: string;
  groupId!: string;
}

/** `GROUP-CONS` names the series of GROUP-CONS-YYYY-MM consultations; any other id names no series. */
export function consultationSeries(id: string): ConsultationSeries | null {
  const parsed = parseActivityId(id);
  return parsed?.type === 'ConsultationSeries' ? { id, groupId: parsed.group } : null;
}

@Resolver(() => ConsultationSeries)
export class ConsultationSeriesResolver {
  @FieldResolver(() => GroupReference)
  group(@Root() series: ConsultationSeries): GroupReference {
    return { id: series.groupId };
  }

  @FieldResolver(() => [ConsultationEntity], { description: 'Its consultations so far, in the order they opened.' })
  consultations(@Root() series: ConsultationSeries, @Ctx() { loaders }: ConsultationsContext) {
    return loaders.consultationsOfGroup.load(series.groupId);
  }
}
