import { Embedded, Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { ObjectType, Field, ID } from 'type-graphql';
import { FactOrigin } from '@mandate-graph/server-kit';
import { ResolutionEntity } from './resolution.entity';
import { MandateRelation } from './enums';

export type ActivityType = 'Group' | 'Meeting' | 'Consultation' | 'Action' | 'MeetingSeries' | 'ConsultationSeries';

/** A resolution's bearing on an activity (group, meeting, consultation or action), with the clause that says so. */
@Entity({ tableName: 'mandate', schema: 'resolutions' })
@ObjectType('Mandate')
export class MandateEntity {
  [OptionalProps]?: 'serial';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  @ManyToOne(() => ResolutionEntity, { ref: true, deleteRule: 'cascade' })
  @Index()
  resolution!: Ref<ResolutionEntity>;

  @Property({ type: 'text' })
  @Field(() => MandateRelation)
  relation!: MandateRelation;

  @Property({ type: 'text' })
  @Index()
  @Field(() => ID, { description: 'The id of the activity the mandate names, known even when no subgraph holds that activity (then `activity` is null).' })
  activityId!: string;

  @Property({ type: 'text' })
  @Field(() => String, { description: 'What kind of activity the mandate names: Group, Meeting, MeetingSeries, ConsultationSeries, Consultation or Action.' })
  activityType!: ActivityType;

  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
