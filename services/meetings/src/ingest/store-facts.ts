import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActionFact, GroupFact, LanguageCode, MeetingFact, SourceSpan } from '@mandate-graph/extraction';
import { CLEARED_ORIGIN, factOrigin, insertRows, readingWins, type PlainRow } from '@mandate-graph/server-kit';
import type { Language } from '@mandate-graph/vocabulary';
import { ActionEntity, ActionStatus, ActionUpdateEntity, Assignee, GroupEntity, GroupNameEntity, MeetingEntity } from '../entities';

export interface StoreOptions {
  /** Typed in by hand: every fact's provenance says curated. */
  curated?: boolean;
  /** The document's language: the names it gives groups are names in it. */
  language?: LanguageCode;
  /**
   * The document only names its groups in passing (an instrument's clauses): a group it names is created
   * when no document has yet, but what a report says of a group (its name) is not overwritten.
   */
  namesInPassing?: boolean;
  /** The document was never stored before: there is nothing of it to replace or retract. */
  isNew?: boolean;
}

export interface MeetingFacts {
  groups: GroupFact[];
  meetings: MeetingFact[];
  actions: ActionFact[];
}


/** Paragraph numbers sort as numbers part by part: 2.10 after 2.9. */
function paragraphSortKey(paragraph: string): string {
  return paragraph.split('.').map((part) => part.padStart(4, '0')).join('.');
}

export function actionSortKey(meeting: Pick<MeetingEntity, 'id' | 'startDate'>, paragraph: string): string {
  return `${meeting.startDate ?? '9999-12-31'}|${meeting.id}|${paragraphSortKey(paragraph)}`;
}

function saysNothing(facts: MeetingFacts): boolean {
  return !facts.groups.length && !facts.meetings.length && !facts.actions.length;
}

/** The stored rows some documents' facts touch, as managed entities; rows the facts create join them. */
interface TouchedRows {
  groups: Map<string, GroupEntity>;
  meetings: Map<string, MeetingEntity>;
  actions: Map<string, ActionEntity>;
}

/** Every row the facts touch, in three statements whatever the number of facts and documents. */
async function loadTouchedRows(em: EntityManager, all: readonly MeetingFacts[]): Promise<TouchedRows> {
  const unique = (ids: string[]) => [...new Set(ids)];
  const groupIds = unique(all.flatMap((facts) => [...facts.groups.map((fact) => fact.id), ...facts.meetings.map((fact) => fact.groupId)]));
  const meetingIds = unique(all.flatMap((facts) => [...facts.meetings.map((fact) => fact.id), ...facts.actions.map((fact) => fact.meetingId)]));
  const actionIds = unique(all.flatMap((facts) => facts.actions.map((fact) => fact.id)));
  return {
    groups: new Map((groupIds.length ? await em.find(GroupEntity, { id: { $in: groupIds } }) : []).map((row) => [row.id, row])),
    meetings: new Map((meetingIds.length ? await em.find(MeetingEntity, { id: { $in: meetingIds } }) : []).map((row) => [row.id, row])),
    actions: new Map((actionIds.length ? await em.find(ActionEntity, { id: { $in: actionIds } }) : []).map((row) => [row.id, row])),
  };
}

/**
 * Replaces what one document says about groups, meetings and actions, inside the caller's transaction.
 * Rows another document also describes are updated in place (`readingWins` says whose reading stays), never
 * duplicated.
 */
export async function storeMeetingFacts(em: EntityManager, document: string | null, facts: MeetingFacts, options: StoreOptions = {}): Promise<void> {
  // A document stored for the first time has said nothing yet that could be taken back.
  if (options.isNew && saysNothing(facts)) return;
  const rows = await loadTouchedRows(em, [facts]);
  // The names this document gives are replaced by the ones it gives now.
  if (document && !options.isNew) await em.nativeDelete(GroupNameEntity, { origin: { document } });
  const names: PlainRow[] = [];
  applyMeetingFacts(em, rows, names, document, facts, options);
  await em.flush();
  await insertRows(em, GroupNameEntity, names);
  if (document && !options.isNew) await forgetRetracted(em, document, facts);
}

/**
 * What documents never stored before say about groups, meetings and actions, inside the caller's
 * transaction: the rows they touch read once, and written in one flush, leaving what storing each in turn
 * would (a later document in the list meets the rows as the earlier ones left them).
 */
export async function storeMeetingFactsOfNewDocuments(
  em: EntityManager, documents: readonly { document: string; facts: MeetingFacts; options: Omit<StoreOptions, 'isNew'> }[],
): Promise<void> {
  const saying = documents.filter(({ facts }) => !saysNothing(facts));
  if (!saying.length) return;
  const rows = await loadTouchedRows(em, saying.map(({ facts }) => facts));
  const names: PlainRow[] = [];
  for (const { document, facts, options } of saying) applyMeetingFacts(em, rows, names, document, facts, options);
  await em.flush();
  await insertRows(em, GroupNameEntity, names);
}

/**
 * One document's facts applied to the touched rows, in memory: the caller flushes, then inserts the names the
 * document gives groups (`names`, plain rows: nothing reads them back while documents are written).
 */
function applyMeetingFacts(em: EntityManager, { groups, meetings, actions }: TouchedRows, names: PlainRow[], document: string | null, facts: MeetingFacts, options: StoreOptions): void {
  const origin = (source: SourceSpan) => factOrigin(document, source, options.curated);
  for (const fact of facts.groups) {
    const known = groups.get(fact.id);
    const group = known ?? em.create(GroupEntity, { id: fact.id, name: fact.name });
    const ownsRow = !known || known.origin?.document === document || (!options.namesInPassing && readingWins(known.origin, document, options.curated));
    if (ownsRow) em.assign(group, { name: fact.name, origin: origin(fact.source) });
    groups.set(fact.id, group);
    if (options.language) {
      names.push({ group: fact.id, language: options.language.toUpperCase() as Language, name: fact.name, origin: origin(fact.source) });
    }
  }

  for (const fact of facts.meetings) {
    if (!groups.has(fact.groupId)) {
      groups.set(fact.groupId, em.create(GroupEntity, { id: fact.groupId, name: fact.groupId, origin: origin(fact.source) }));
    }
    const existing = meetings.get(fact.id) ?? null;
    const meeting = existing ?? em.create(MeetingEntity, { id: fact.id, group: fact.groupId, number: fact.number, kind: fact.kind });
    meetings.set(fact.id, meeting);
    const described = {
      startDate: fact.startDate, endDate: fact.endDate, format: fact.format,
      contributionsReceived: fact.contributionsReceived, registered: fact.registered, participants: fact.participants,
    };
    const fromOtherDocument = existing !== null && existing.origin?.document !== document;
    const saysSomething = Object.values(described).some((value) => value !== null);
    // Another report that only names the meeting ("launched by the 2nd meeting") adds nothing and
    // takes nothing away; one that describes it fills in what it says.
    if (fromOtherDocument && !saysSomething) continue;
    // A row created by a document that only named the meeting goes to the first that describes it.
    const storedSaysSomething = existing !== null && Object.keys(described).some((key) => existing[key as keyof typeof described] !== null);
    if (fromOtherDocument && storedSaysSomething && !readingWins(existing.origin, document, options.curated)) {
      // The winning reading was stored first: this one only fills in what that one left unsaid.
      const unsaid = Object.entries(described).filter(([key, value]) => value !== null && existing[key as keyof typeof described] === null);
      em.assign(meeting, Object.fromEntries(unsaid));
      continue;
    }
    const values = fromOtherDocument ? Object.fromEntries(Object.entries(described).filter(([, value]) => value !== null)) : described;
    em.assign(meeting, { group: fact.groupId, number: fact.number, kind: fact.kind, ...values, origin: origin(fact.source) });
  }

  for (const fact of facts.actions) {
    const meeting = meetings.get(fact.meetingId);
    if (!meeting) throw new Error(`action ${fact.id} belongs to meeting ${fact.meetingId}, which no document describes`);
    const action = actions.get(fact.id) ?? em.create(ActionEntity, {
      id: fact.id, meeting, paragraph: fact.paragraph, text: fact.text, sortKey: '', status: ActionStatus.OPEN,
      origin: origin(fact.source),
    });
    // The status is left alone: ingestion sets the baseline, people change it afterwards.
    em.assign(action, {
      meeting,
      paragraph: fact.paragraph,
      text: fact.text,
      assignees: fact.assignees as Assignee[],
      references: fact.references,
      consultation: fact.consultation,
      sortKey: actionSortKey(meeting, fact.paragraph),
      origin: origin(fact.source),
    });
  }
}

/**
 * What an earlier version of the document described and this one no longer does goes away: its actions,
 * then its meetings and groups, except those that other documents' actions or meetings still hang on.
 */
async function forgetRetracted(em: EntityManager, document: string, facts: MeetingFacts): Promise<void> {
  // An action people have followed up keeps its history even when the report drops it.
  const staleActions = await em.find(ActionEntity, { origin: { document }, id: { $nin: facts.actions.map((fact) => fact.id) } }, { fields: ['id'] });
  if (staleActions.length) {
    const followedUp = new Set((await em.find(ActionUpdateEntity, { action: { $in: staleActions.map((action) => action.id) } }, { fields: ['action'] })).map((update) => update.action.id));
    const gone = staleActions.filter((action) => !followedUp.has(action.id)).map((action) => action.id);
    if (gone.length) await em.nativeDelete(ActionEntity, { id: { $in: gone } });
  }

  const staleMeetings = await em.find(MeetingEntity, { origin: { document }, id: { $nin: facts.meetings.map((fact) => fact.id) } }, { fields: ['id'] });
  if (staleMeetings.length) {
    const stillUsed = new Set((await em.find(ActionEntity, { meeting: { $in: staleMeetings.map((meeting) => meeting.id) } }, { fields: ['meeting'] })).map((action) => action.meeting.id));
    const gone = staleMeetings.filter((meeting) => !stillUsed.has(meeting.id)).map((meeting) => meeting.id);
    if (gone.length) await em.nativeDelete(MeetingEntity, { id: { $in: gone } });
  }

  const mentioned = [...facts.groups.map((fact) => fact.id), ...facts.meetings.map((fact) => fact.groupId)];
  const staleGroups = await em.find(GroupEntity, { origin: { document }, id: { $nin: mentioned } }, { fields: ['id'] });
  if (staleGroups.length) {
    const staleIds = staleGroups.map((group) => group.id);
    // A group another document still names stays, as that document names it; one only another document's
    // meeting still speaks of stays under its id, read where that meeting was. Either way its provenance
    // leaves this document, so that the group goes when the last document that speaks of it does.
    const namedElsewhere = new Map((await em.find(GroupNameEntity, { group: { $in: staleIds }, origin: { document: { $ne: document } } }, { orderBy: { serial: 'asc' } }))
      .map((name) => [name.group.id, name]));
    const meetingsElsewhere = new Map((await em.find(MeetingEntity, { group: { $in: staleIds } }, { fields: ['group', 'origin'], orderBy: { id: 'asc' } }))
      .map((meeting) => [meeting.group.id, meeting]));
    const gone: string[] = [];
    for (const id of staleIds) {
      const name = namedElsewhere.get(id);
      const meeting = meetingsElsewhere.get(id);
      if (name) await em.nativeUpdate(GroupEntity, { id }, { name: name.name, origin: name.origin });
      else if (meeting) await em.nativeUpdate(GroupEntity, { id }, { name: id, origin: meeting.origin ?? CLEARED_ORIGIN });
      else gone.push(id);
    }
    if (gone.length) await em.nativeDelete(GroupEntity, { id: { $in: gone } });
  }
}
