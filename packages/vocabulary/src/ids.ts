import { INSTRUMENT_KINDS, ISSUERS, type ActivityType, type InstrumentKind, type Issuer, type MeetingKind } from './enums';

/**
 * The contract's ids, formatted and parsed here and nowhere else:
 *
 * | Resolution | `ISSUER-KIND-NUMBER` | `PP-RES-102` |
 * | Group | upper-case acronym | `CWG-INTERNET` |
 * | Meeting | `GROUP-N`, `GROUP-OC-N` (open-consultation meeting) | `CWG-INTERNET-16`, `CWG-INTERNET-OC-9` |
 * | Series | `GROUP-OC` (its open-consultation meetings), `GROUP-CONS` (its consultations) | |
 * | Consultation | `GROUP-CONS-YYYY-MM` (the month it opened); `GROUP-CONS-UNDATED-N` when no report dates it | |
 * | Action | `MEETING/PARAGRAPH` | `CWG-INTERNET-16/2.5.1` |
 * | Document | `REPOSITORY/NAME` | `itu-council/000_8f73a2edc1468054` |
 */

export interface ResolutionId {
  issuer: Issuer;
  kind: InstrumentKind;
  number: number;
}

export type ActivityId =
  | { type: 'Group'; group: string }
  | { type: 'Meeting'; group: string; kind: MeetingKind; number: number }
  | { type: 'MeetingSeries'; group: string }
  | { type: 'ConsultationSeries'; group: string }
  | { type: 'Consultation'; group: string; opened: { year: number; month: number } | null; undated: number | null }
  | { type: 'Action'; meeting: string; paragraph: string };

const RESOLUTION = new RegExp(`^(${ISSUERS.join('|')})-(${INSTRUMENT_KINDS.join('|')})-(\\d{1,5})$`);
/** An acronym of two parts or more: `CWG-INTERNET`, `WG-WSIS&SDG`. */
const GROUP_FORM = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9&]+)+$/;
/** `-OC` and `-CONS` name a group's series: a group's own acronym never has them as a part. */
const GROUP = { test: (id: string) => GROUP_FORM.test(id) && !/-(?:OC|CONS)(?:-|$)/.test(id) };
const PARAGRAPH = /^\d+(?:\.\d+)*$/;

export function formatResolutionId({ issuer, kind, number }: ResolutionId): string {
  return `${issuer}-${kind}-${number}`;
}

export function parseResolutionId(id: string): ResolutionId | null {
  const match = RESOLUTION.exec(id);
  return match ? { issuer: match[1] as Issuer, kind: match[2] as InstrumentKind, number: Number(match[3]) } : null;
}

/** Orders `PP-RES-2` before `PP-RES-10`. */
export function resolutionSortKey(id: string): string {
  const parsed = parseResolutionId(id);
  return parsed ? `${parsed.issuer}-${parsed.kind}-${String(parsed.number).padStart(5, '0')}` : id;
}

export const isGroupId = (id: string): boolean => GROUP.test(id) && parseActivityId(id)?.type === 'Group';

export function formatMeetingId(group: string, kind: MeetingKind, number: number): string {
  return kind === 'GROUP_MEETING' ? `${group}-${number}` : `${group}-OC-${number}`;
}

export function formatSeriesId(group: string, series: 'MeetingSeries' | 'ConsultationSeries'): string {
  return `${group}-${series === 'MeetingSeries' ? 'OC' : 'CONS'}`;
}

/** `opens` is an ISO date (`2021-10-01`); a consultation no report dates is the group's Nth undated one. */
export function formatConsultationId(group: string, opens: string | null, undatedIndex: number): string {
  return opens ? `${group}-CONS-${opens.slice(0, 7)}` : `${group}-CONS-UNDATED-${undatedIndex}`;
}

export function formatActionId(meeting: string, paragraph: string): string {
  return `${meeting}/${paragraph}`;
}

/** What an activity id names, by its form; null for what no form of the contract matches. */
export function parseActivityId(id: string): ActivityId | null {
  const slash = id.indexOf('/');
  if (slash !== -1) {
    const meeting = id.slice(0, slash);
    const paragraph = id.slice(slash + 1);
    return parseActivityId(meeting)?.type === 'Meeting' && PARAGRAPH.test(paragraph) ? { type: 'Action', meeting, paragraph } : null;
  }
  let match = /^(.+)-CONS-(\d{4})-(\d{2})$/.exec(id);
  if (match && GROUP.test(match[1]) && Number(match[3]) >= 1 && Number(match[3]) <= 12) {
    return { type: 'Consultation', group: match[1], opened: { year: Number(match[2]), month: Number(match[3]) }, undated: null };
  }
  match = /^(.+)-CONS-UNDATED-(\d+)$/.exec(id);
  if (match && GROUP.test(match[1])) return { type: 'Consultation', group: match[1], opened: null, undated: Number(match[2]) };
  match = /^(.+)-CONS$/.exec(id);
  if (match && GROUP.test(match[1])) return { type: 'ConsultationSeries', group: match[1] };
  match = /^(.+)-OC-(\d+)$/.exec(id);
  if (match && GROUP.test(match[1])) return { type: 'Meeting', group: match[1], kind: 'OPEN_CONSULTATION_MEETING', number: Number(match[2]) };
  match = /^(.+)-OC$/.exec(id);
  if (match && GROUP.test(match[1])) return { type: 'MeetingSeries', group: match[1] };
  match = /^(.+)-(\d+)$/.exec(id);
  if (match && GROUP.test(match[1])) return { type: 'Meeting', group: match[1], kind: 'GROUP_MEETING', number: Number(match[2]) };
  return GROUP.test(id) ? { type: 'Group', group: id } : null;
}

export function formatActivityId(activity: ActivityId): string {
  switch (activity.type) {
    case 'Group':
      return activity.group;
    case 'Meeting':
      return formatMeetingId(activity.group, activity.kind, activity.number);
    case 'MeetingSeries':
    case 'ConsultationSeries':
      return formatSeriesId(activity.group, activity.type);
    case 'Consultation':
      return activity.opened
        ? `${activity.group}-CONS-${activity.opened.year}-${String(activity.opened.month).padStart(2, '0')}`
        : `${activity.group}-CONS-UNDATED-${activity.undated}`;
    case 'Action':
      return formatActionId(activity.meeting, activity.paragraph);
  }
}

export const activityTypeOf = (id: string): ActivityType | null => parseActivityId(id)?.type ?? null;

/** The group an activity belongs to (a group, its own). */
export function groupOf(id: string): string | null {
  const parsed = parseActivityId(id);
  if (!parsed) return null;
  return parsed.type === 'Action' ? groupOf(parsed.meeting) : parsed.group;
}

/**
 * What else a mandate on an activity can be given on: a mandate on the group covers all it does, one on a
 * series (`GROUP-OC`, `GROUP-CONS`) covers its members, one on a meeting covers its actions.
 */
export function coveringActivities(id: string): string[] {
  const parsed = parseActivityId(id);
  if (!parsed) return [];
  switch (parsed.type) {
    case 'Group':
      return [];
    case 'Meeting':
      return parsed.kind === 'OPEN_CONSULTATION_MEETING' ? [formatSeriesId(parsed.group, 'MeetingSeries'), parsed.group] : [parsed.group];
    case 'Consultation':
      return [formatSeriesId(parsed.group, 'ConsultationSeries'), parsed.group];
    case 'MeetingSeries':
    case 'ConsultationSeries':
      return [parsed.group];
    case 'Action':
      return [parsed.meeting, ...coveringActivities(parsed.meeting)];
  }
}

export interface DocumentId {
  repository: string;
  name: string;
}

export const formatDocumentId = ({ repository, name }: DocumentId): string => `${repository}/${name}`;

/** A document's repository is the part of its id before the first `/`. */
export function parseDocumentId(id: string): DocumentId | null {
  const slash = id.indexOf('/');
  return slash > 0 && slash < id.length - 1 ? { repository: id.slice(0, slash), name: id.slice(slash + 1) } : null;
}
