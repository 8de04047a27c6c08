import { Entity, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { ConsultationEntity } from './consultation.entity';
import { StakeholderCategory } from './enums';

/** How many answers one stakeholder category gave: a row each, so dashboards aggregate in SQL. */
@Entity({ tableName: 'response_count', schema: 'consultations' })
@ObjectType('CategoryCount')
export class ResponseCountEntity {
  @ManyToOne(() => ConsultationEntity, { ref: true, deleteRule: 'cascade', primary: true })
  consultation!: Ref<ConsultationEntity>;

  @PrimaryKey({ type: 'text' })
  @Index()
  @Field(() => StakeholderCategory)
  category!: StakeholderCategory;

  @Property({ type: 'integer' })
  @Field(() => Int)
  count!: number;
}
