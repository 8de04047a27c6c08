/**
 * The values of every enum of the contract, once. Extraction types its facts with them, and each subgraph
 * registers its GraphQL enum from them, so a value added here is added everywhere.
 */

export const LANGUAGES = ['AR', 'EN', 'ES', 'FR', 'RU', 'ZH'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The language codes documents and the extractors use (ISO 639-1). */
export type LanguageCode = Lowercase<Language>;

export const ISSUERS = ['PP', 'C', 'WTSA', 'WTDC', 'RA', 'WCIT', 'UNGA'] as const;
export type Issuer = (typeof ISSUERS)[number];

export const INSTRUMENT_KINDS = ['RES', 'DEC', 'REC'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const ASSIGNEES = [
  'SECRETARIAT', 'GENERAL_SECRETARIAT', 'SECRETARY_GENERAL', 'BUREAU_DIRECTORS', 'TSB', 'BR', 'BDT', 'GROUP', 'COUNCIL', 'MEMBER_STATES',
] as const;
export type Assignee = (typeof ASSIGNEES)[number];

/** The three bureaux, each with a director. */
export const BUREAUX = ['TSB', 'BR', 'BDT'] as const satisfies readonly Assignee[];
export type Bureau = (typeof BUREAUX)[number];

export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DEFERRED', 'CANCELLED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const STAKEHOLDER_CATEGORIES = [
  'GOVERNMENT', 'PRIVATE_SECTOR', 'INDUSTRY_ASSOCIATION', 'CIVIL_SOCIETY', 'INTERNATIONAL_ORGANIZATION', 'ACADEMIA', 'TECHNICAL_COMMUNITY', 'OTHER',
] as const;
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number];

export const MANDATE_RELATIONS = ['ESTABLISHES', 'INSTRUCTS', 'GUIDES', 'BASIS_FOR', 'REFERENCES'] as const;
export type MandateRelation = (typeof MANDATE_RELATIONS)[number];

/** What a paragraph is in its document's layout: body text, a heading, or a footnote kept apart from the body. */
export const PARAGRAPH_ROLES = ['BODY', 'HEADING', 'FOOTNOTE'] as const;
export type ParagraphRole = (typeof PARAGRAPH_ROLES)[number];

export const RESOLUTION_STATUSES = ['IN_FORCE', 'ABROGATED', 'UNKNOWN'] as const;
export type ResolutionStatus = (typeof RESOLUTION_STATUSES)[number];

export const MEETING_KINDS = ['GROUP_MEETING', 'OPEN_CONSULTATION_MEETING'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What a resolution can mandate: the members of the `Activity` union. */
export const ACTIVITY_TYPES = ['Group', 'Meeting', 'Consultation', 'Action', 'MeetingSeries', 'ConsultationSeries'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** `value` as one of `values`, or null: for input read from files and requests. */
export function oneOf<const T extends string>(values: readonly T[], value: string | null | undefined): T | null {
  return value !== null && value !== undefined && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/**
 * An enum's values as an object (`Assignee.BDT === 'BDT'`), which is what type-graphql registers a GraphQL
 * enum from and what code names a value by.
 */
export function enumObject<const T extends string>(values: readonly T[]): { readonly [K in T]: K } {
  return Object.freeze(Object.fromEntries(values.map((value) => [value, value]))) as { readonly [K in T]: K };
}
