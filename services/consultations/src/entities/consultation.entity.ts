import { Embedded, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { DateResolver } from 'graphql-scalars';
import { FactOrigin } from '@mandate-graph/server-kit';

/** An open consultation a group runs with all stakeholders (`CWG-INTERNET-CONS-2021-10`). */
@Entity({ tableName: 'consultation', schema: 'consultations' })
@ObjectType('Consultation')
@Directive('@key(fields: "id")')
@Index({ properties: ['sortKey', 'id'] })
export class ConsultationEntity {
  [OptionalProps]?: 'groupId' | 'questions' | 'opens' | 'closes' | 'launchedAt' | 'reviewedAt' | 'consultationMeeting' | 'resolutions' | 'total';

  @PrimaryKey({ type: 'text' })
  @Field(() => ID)
  id!: string;

  @Property({ type: 'text', nullable: true })
  @Index()
  groupId: string | null = null;

  @Property({ type: 'text' })
  @Field(() => String)
  topic!: string;

  @Property({ type: 'text[]' })
  @Field(() => [String])
  questions: string[] = [];

  @Property({ type: 'date', nullable: true })
  @Field(() => DateResolver, { nullable: true })
  opens: string | null = null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateResolver, { nullable: true })
  closes: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Index()
  launchedAt: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Index()
  reviewedAt: string | null = null;

  @Property({ type: 'text', nullable: true })
  consultationMeeting: string | null = null;

  /** Resolutions the consultation is held under. */
  @Property({ type: 'text[]' })
  @Index({ type: 'gin' })
  resolutions: string[] = [];

  /** The total as the document states it (kept even when the categories add up to something else). */
  @Property({ type: 'integer', nullable: true })
  total: number | null = null;

  /** Opening date and id: the order of the `consultations` connection. */
  @Property({ type: 'text' })
  sortKey!: string;

  /** The document whose ingestion wrote this row, and the fact's provenance. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
