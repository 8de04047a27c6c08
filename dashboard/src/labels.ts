import type { ActionStatus, Assignee, Language, MandateRelation, StakeholderCategory } from '../generated/graphql/graphql';

// Each map covers its whole enum (`satisfies Record<…>`): a value added to the schema fails the build here.

export const STATUS_LABELS = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DEFERRED: 'Deferred',
  CANCELLED: 'Cancelled',
} as const satisfies Record<ActionStatus, string>;

/** The board's columns, in the order work moves through them. */
export const STATUSES = Object.keys(STATUS_LABELS) as ActionStatus[];

export const ASSIGNEE_LABELS = {
  SECRETARIAT: 'Secretariat',
  GENERAL_SECRETARIAT: 'General Secretariat',
  SECRETARY_GENERAL: 'Secretary-General',
  BUREAU_DIRECTORS: 'Bureau Directors',
  TSB: 'TSB (Standardization Bureau)',
  BR: 'BR (Radiocommunication Bureau)',
  BDT: 'BDT (Development Bureau)',
  GROUP: 'The group',
  COUNCIL: 'Council',
  MEMBER_STATES: 'Member States',
} as const satisfies Record<Assignee, string>;

export const ASSIGNEES = Object.keys(ASSIGNEE_LABELS) as Assignee[];

/** The three bureaux: the API's filter on one of them also matches what is given to all the Bureau Directors. */
export const BUREAUX: readonly Assignee[] = ['TSB', 'BR', 'BDT'];

export const CATEGORY_LABELS = {
  GOVERNMENT: 'Government',
  PRIVATE_SECTOR: 'Private sector',
  INDUSTRY_ASSOCIATION: 'Industry association',
  CIVIL_SOCIETY: 'Civil society',
  INTERNATIONAL_ORGANIZATION: 'International organization',
  ACADEMIA: 'Academia',
  TECHNICAL_COMMUNITY: 'Technical community',
  OTHER: 'Other',
} as const satisfies Record<StakeholderCategory, string>;

export const CATEGORIES = Object.keys(CATEGORY_LABELS) as StakeholderCategory[];

/** Distinct at a glance and for red-green colour blindness (Okabe–Ito), one per category. */
export const CATEGORY_COLOURS = {
  GOVERNMENT: '#0072B2',
  PRIVATE_SECTOR: '#E69F00',
  INDUSTRY_ASSOCIATION: '#56B4E9',
  CIVIL_SOCIETY: '#009E73',
  INTERNATIONAL_ORGANIZATION: '#CC79A7',
  ACADEMIA: '#D55E00',
  TECHNICAL_COMMUNITY: '#F0E442',
  OTHER: '#999999',
} as const satisfies Record<StakeholderCategory, string>;

export const RELATION_LABELS = {
  ESTABLISHES: 'establishes',
  INSTRUCTS: 'instructs',
  GUIDES: 'guides',
  BASIS_FOR: 'is the basis for',
  REFERENCES: 'references',
} as const satisfies Record<MandateRelation, string>;

export const LANGUAGE_LABELS = {
  AR: 'Arabic',
  EN: 'English',
  ES: 'Spanish',
  FR: 'French',
  RU: 'Russian',
  ZH: 'Chinese',
} as const satisfies Record<Language, string>;

export const LANGUAGES = Object.keys(LANGUAGE_LABELS) as Language[];

/** The BCP 47 tag for a `lang` attribute, so that fonts, line breaking and direction follow the text. */
export function langTag(language: Language | null | undefined): string | undefined {
  return language ? language.toLowerCase() : undefined;
}

/** "more than 150" when the document gave a lower bound. */
export function formatCount(count: { value: number; atLeast: boolean } | null | undefined): string {
  if (!count) return 'not reported';
  return count.atLeast ? `more than ${count.value}` : String(count.value);
}
