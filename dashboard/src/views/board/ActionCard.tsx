import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ActionStatus, DashboardFollowUpBoardQuery } from '../../../generated/graphql/graphql';
import { ASSIGNEE_LABELS, STATUS_LABELS, STATUSES, langTag } from '../../labels';
import { Fact } from '../../components/Fact';

export type BoardAction = DashboardFollowUpBoardQuery['actions']['edges'][number]['node'];

export interface CardNotice {
  kind: 'pending' | 'done' | 'refused';
  text: string;
}

interface ActionCardProps {
  action: BoardAction;
  notice: CardNotice | undefined;
  /** Take the focus when mounted: the card just moved to another column after a change. */
  takeFocus: boolean;
  onChangeStatus(action: BoardAction, status: ActionStatus, note: string): Promise<void>;
  onOpenDetails(action: BoardAction): void;
}

const excerpt = (text: string, length = 220) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

export function ActionCard({ action, notice, takeFocus, onChangeStatus, onOpenDetails }: ActionCardProps) {
  const headingId = useId();
  const card = useRef<HTMLElement>(null);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [note, setNote] = useState('');
  const busy = notice?.kind === 'pending';

  useEffect(() => {
    if (takeFocus) card.current?.focus();
  }, [takeFocus]);
  useEffect(() => setStatus(action.status), [action.status]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await onChangeStatus(action, status, note);
    setNote('');
  };

  return (
    <li>
      <article className="card" ref={card} tabIndex={-1} aria-labelledby={headingId} data-action-id={action.id}>
        <h4 id={headingId} className="card-title">
          {action.id}
        </h4>
        <p className="card-text" lang={langTag(action.source.document?.language)} dir="auto">
          {excerpt(action.text)}
        </p>
        <dl className="card-facts">
          <dt>Meeting</dt>
          <dd>
            {action.meeting.id}
            {action.meeting.startDate ? ` (${action.meeting.startDate})` : ''}
          </dd>
          <dt>Assigned to</dt>
          <dd>{action.assignees.map((assignee) => ASSIGNEE_LABELS[assignee]).join(', ')}</dd>
          <Fact term="Due">{action.dueDate}</Fact>
          <Fact term="Resolutions">{action.references.map((resolution) => resolution.id).join(', ')}</Fact>
        </dl>
        <div className="card-actions">
          <button type="button" onClick={() => onOpenDetails(action)} aria-describedby={headingId}>
            History and source
          </button>
          <details className="change-status">
            <summary aria-describedby={headingId}>Change status</summary>
            <form onSubmit={submit}>
              <label>
                New status
                <select value={status} onChange={(event) => setStatus(event.target.value as ActionStatus)} disabled={busy}>
                  {STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {STATUS_LABELS[value]}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Note (optional)
                <input type="text" value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} disabled={busy} />
              </label>
              <button type="submit" disabled={busy || status === action.status}>
                Save status
              </button>
            </form>
          </details>
        </div>
        {notice ? (
          <p className={`card-notice card-notice-${notice.kind}`} role={notice.kind === 'refused' ? 'alert' : undefined}>
            {notice.text}
          </p>
        ) : null}
      </article>
    </li>
  );
}
