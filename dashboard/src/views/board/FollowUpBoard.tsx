import { useCallback, useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { DashboardFollowUpBoardDocument, UpdateActionStatusDocument, type ActionStatus, type Assignee } from '../../../generated/graphql/graphql';
import { allPages, ApiError, execute, type ExecuteOptions } from '../../api/graphql';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { ErrorNotice, Loading, PartialNotice } from '../../components/Status';
import { ASSIGNEE_LABELS, ASSIGNEES, BUREAUX, STATUS_LABELS, STATUSES } from '../../labels';
import { hrefFor, navigate } from '../../router';
import { ActionCard, type BoardAction, type CardNotice } from './ActionCard';
import { ActionDetailsDialog } from './ActionDetailsDialog';
import { refusalMessage } from './refusals';
import { SignInPanel } from './SignInPanel';
import { PageHeading } from '../../components/PageHeading';

interface BoardFilters {
  assignee: Assignee | null;
  meeting: string | null;
  resolution: string | null;
}

function filtersFrom(params: URLSearchParams): BoardFilters {
  return {
    assignee: ASSIGNEES.find((assignee) => assignee === params.get('assignee')) ?? null,
    meeting: params.get('meeting') || null,
    resolution: params.get('resolution') || null,
  };
}

/**
 * The lanes a filter shows. A bureau's filter matches, in the API, the actions given to that bureau and
 * those given to all the Bureau Directors: both lanes are shown, so every matching action has its card.
 */
function lanesFor(assignee: Assignee | null): readonly Assignee[] {
  if (assignee === null) return ASSIGNEES;
  return BUREAUX.includes(assignee) ? [assignee, 'BUREAU_DIRECTORS'] : [assignee];
}

function summaryOf(count: number, filters: BoardFilters, filtered: boolean): string {
  if (count === 0) return 'No action matches these filters.';
  const actions = `${count} action${count === 1 ? '' : 's'}`;
  if (!filtered) return `${actions}.`;
  const verb = count === 1 ? 'matches' : 'match';
  const shared = filters.assignee !== null && BUREAUX.includes(filters.assignee) ? ` (given to ${filters.assignee} or to all the Bureau Directors)` : '';
  return `${actions} ${verb} these filters${shared}.`;
}

const loadActions = (filters: BoardFilters, options: ExecuteOptions) =>
  allPages(DashboardFollowUpBoardDocument, filters, (data) => data.actions, options);

/**
 * Follow-up actions per assignee, in columns by status. Filters go to the API (assignee, meeting,
 * resolution); their choices come from every action the graph holds. A signed-in director or the
 * secretariat changes a status in place; a refusal is said on the card.
 */
export function FollowUpBoard({ params }: { params: URLSearchParams }) {
  const { token } = useSession();
  const filters = filtersFrom(params);
  const openActionId = params.get('action');
  const filtered = filters.assignee !== null || filters.meeting !== null || filters.resolution !== null;

  const everything = useApi('all', (options) => loadActions({ assignee: null, meeting: null, resolution: null }, options));
  const narrowed = useApi(filtered ? JSON.stringify(filters) : null, (options) => loadActions(filters, options));
  const shown = filtered ? narrowed : everything;

  // Changes made here since the last load, so that a card moves at once without reloading the board.
  const [changed, setChanged] = useState<Record<string, { status: ActionStatus; version: number }>>({});
  const [notices, setNotices] = useState<Record<string, CardNotice>>({});
  const [movedId, setMovedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // A fresh answer from the graph already holds those changes (and any made elsewhere since).
  const shownData = shown.status === 'ready' ? shown.data : null;
  useEffect(() => setChanged({}), [shownData]);

  const reloadAll = useCallback(() => {
    everything.reload();
    narrowed.reload();
  }, [everything.reload, narrowed.reload]);

  const allActions = everything.status === 'ready' ? everything.data.nodes : null;
  const choices = useMemo(() => {
    const meetings = new Map<string, string | null>();
    const resolutions = new Map<string, string | null>();
    for (const action of allActions ?? []) {
      meetings.set(action.meeting.id, action.meeting.startDate);
      for (const resolution of action.references) resolutions.set(resolution.id, resolution.title);
    }
    return {
      meetings: [...meetings].sort(([a, dateA], [b, dateB]) => (dateA ?? '').localeCompare(dateB ?? '') || a.localeCompare(b)),
      resolutions: [...resolutions].sort(([a], [b]) => a.localeCompare(b)),
    };
  }, [allActions]);

  const setFilter = (name: keyof BoardFilters) => (event: ChangeEvent<HTMLSelectElement>) =>
    navigate(hrefFor('board', { ...filters, [name]: event.target.value || null }), { replace: true });

  const changeStatus = async (action: BoardAction, status: ActionStatus, note: string) => {
    setNotices((all) => ({ ...all, [action.id]: { kind: 'pending', text: `Saving ${STATUS_LABELS[status]}…` } }));
    try {
      const { data } = await execute(
        UpdateActionStatusDocument,
        { id: action.id, status, note: note.trim() || null, expectedVersion: action.version },
        { token },
      );
      const updated = data.updateActionStatus;
      const text = `Saved: ${updated.id} is now ${STATUS_LABELS[updated.status]}; its history has ${updated.history.length} change${updated.history.length === 1 ? '' : 's'}.`;
      setChanged((all) => ({ ...all, [updated.id]: { status: updated.status, version: updated.version } }));
      setNotices((all) => ({ ...all, [updated.id]: { kind: 'done', text } }));
      setMovedId(updated.id);
      setAnnouncement(text);
    } catch (error) {
      const refusal = error instanceof ApiError ? error : new ApiError(String(error), null);
      const text = refusalMessage(refusal);
      setNotices((all) => ({ ...all, [action.id]: { kind: 'refused', text } }));
      setAnnouncement(text);
      if (refusal.code === 'CONFLICT') reloadAll();
    }
  };

  const openDetails = (action: BoardAction) => navigate(hrefFor('board', { ...filters, action: action.id }));
  const closeDetails = () => navigate(hrefFor('board', { ...filters }), { replace: true });

  const actions =
    shown.status === 'ready'
      ? shown.data.nodes.map((action) => (changed[action.id] ? { ...action, ...changed[action.id] } : action))
      : [];
  // Unfiltered, an action given to two assignees is in both lanes (each lane is that assignee's work);
  // under a bureau's filter it is shown once, in the bureau's own lane.
  const placed = new Set<string>();
  const lanes = lanesFor(filters.assignee)
    .map((assignee) => {
      const inLane = actions.filter((action) => action.assignees.includes(assignee) && !(filters.assignee !== null && placed.has(action.id)));
      for (const action of inLane) placed.add(action.id);
      return { assignee, actions: inLane };
    })
    .filter((lane) => lane.actions.length > 0);

  return (
    <>
      <PageHeading>Follow-up board</PageHeading>
      <p className="lead">The actions each meeting gave to the Secretariat, the Bureau Directors and others, by assignee and status.</p>
      <SignInPanel />

      <form className="filters" aria-labelledby="board-filters" onSubmit={(event) => event.preventDefault()}>
        <h2 id="board-filters" className="visually-hidden">
          Filters
        </h2>
        <label>
          Bureau or assignee
          <select value={filters.assignee ?? ''} onChange={setFilter('assignee')}>
            <option value="">All assignees</option>
            {ASSIGNEES.map((assignee) => (
              <option key={assignee} value={assignee}>
                {ASSIGNEE_LABELS[assignee]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Meeting
          <select value={filters.meeting ?? ''} onChange={setFilter('meeting')}>
            <option value="">All meetings</option>
            {choices.meetings.map(([id, date]) => (
              <option key={id} value={id}>
                {id}
                {date ? ` (${date})` : ''}
              </option>
            ))}
          </select>
        </label>
        <label>
          Resolution
          <select value={filters.resolution ?? ''} onChange={setFilter('resolution')}>
            <option value="">All resolutions</option>
            {choices.resolutions.map(([id]) => (
              <option key={id} value={id}>
                {id}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" onClick={() => navigate(hrefFor('board'), { replace: true })}>
            Clear filters
          </button>
        ) : null}
      </form>

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      {shown.status === 'loading' ? <Loading>Loading the follow-up actions…</Loading> : null}
      {shown.status === 'error' ? <ErrorNotice what="The follow-up board" error={shown.error} onRetry={reloadAll} /> : null}
      {shown.status === 'ready' ? (
        <>
          <PartialNotice errors={shown.partialErrors} />
          <p className="summary" data-testid="board-summary">
            {summaryOf(shown.data.totalCount, filters, filtered)}
          </p>
          {lanes.map((lane) => (
            <section key={lane.assignee} className="lane" aria-labelledby={`lane-${lane.assignee}`}>
              <h2 id={`lane-${lane.assignee}`}>
                {ASSIGNEE_LABELS[lane.assignee]} <span className="count">({lane.actions.length})</span>
              </h2>
              <div className="columns">
                {STATUSES.map((status) => {
                  const inColumn = lane.actions.filter((action) => action.status === status);
                  const columnId = `column-${lane.assignee}-${status}`;
                  return (
                    <section key={status} className="column" aria-labelledby={columnId} data-status={status}>
                      <h3 id={columnId}>
                        {STATUS_LABELS[status]} <span className="count">{inColumn.length}</span>
                      </h3>
                      <ul className="cards" aria-labelledby={columnId}>
                        {inColumn.map((action) => (
                          <ActionCard
                            key={action.id}
                            action={action}
                            notice={notices[action.id]}
                            takeFocus={movedId === action.id}
                            onChangeStatus={changeStatus}
                            onOpenDetails={openDetails}
                          />
                        ))}
                      </ul>
                    </section>
                  );
                })}
              </div>
            </section>
          ))}
        </>
      ) : null}

      {openActionId ? <ActionDetailsDialog key={openActionId} actionId={openActionId} onClose={closeDetails} /> : null}
    </>
  );
}
