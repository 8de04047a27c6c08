import { Embedded, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { FactOrigin } from '@mandate-graph/server-kit';
import type { StakeholderCategory } from './enums';

/** A consultation's values as one document gives them. */
export interface ConsultationReading {
  groupId: string | null;
  topic: string;
  questions: string[];
  opens: string | null;
  closes: string | null;
  launchedAt: string | null;
  reviewedAt: string | null;
  consultationMeeting: string | null;
  resolutions: string[];
  /** The stated total and its tally, which are only ever taken together. */
  responses: { total: number; byCategory: { category: StakeholderCategory; count: number }[] } | null;
  /** The consultation's place in the `consultations` connection by the opening date this document gives; goes with `opens`. */
  sortKey: string;
}

/**
 * What one document says about a consultation, kept apart from what others say: the consultation's row and
 * tally are made from all of its readings, so that a document written again or taken out takes back only its own.
 */
@Entity({ tableName: 'consultation_reading', schema: 'consultations' })
export class ConsultationReadingEntity {
  [OptionalProps]?: 'serial';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  serial!: string;

  /** Not a foreign key: the consultation's row is made from its readings, after them. */
  @Property({ type: 'text' })
  @Index()
  consultationId!: string;

  @Property({ type: 'jsonb' })
  reading!: ConsultationReading;

  /** The document that reads the consultation so (`source.curated`: typed in by a curator), and where. */
  @Embedded(() => FactOrigin, { prefix: false })
  origin!: FactOrigin;
}
