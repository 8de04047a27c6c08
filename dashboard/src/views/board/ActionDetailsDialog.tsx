import { useEffect, useId, useRef } from 'react';
import { DashboardActionDetailDocument } from '../../../generated/graphql/graphql';
import { execute } from '../../api/graphql';
import { useApi } from '../../api/useApi';
import { ErrorNotice, Loading } from '../../components/Status';
import { ASSIGNEE_LABELS, STATUS_LABELS, langTag } from '../../labels';
import { Fact } from '../../components/Fact';

/** A card's history (who changed its status, when, why) and where it was read, in a modal dialog. */
export function ActionDetailsDialog({ actionId, onClose }: { actionId: string; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const detail = useApi(`action:${actionId}`, (options) => execute(DashboardActionDetailDocument, { id: actionId }, options));

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => {
      if (element?.open) element.close();
    };
  }, []);

  const action = detail.status === 'ready' ? detail.data.action : null;
  return (
    <dialog ref={dialog} className="details-dialog" aria-labelledby={headingId} onClose={onClose}>
      <div className="dialog-header">
        <h2 id={headingId}>Action {actionId}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {detail.status === 'loading' ? <Loading>Loading the action’s history and source…</Loading> : null}
      {detail.status === 'error' ? <ErrorNotice what="This action" error={detail.error} onRetry={detail.reload} /> : null}
      {detail.status === 'ready' && !action ? <p className="notice">The graph has no action {actionId}.</p> : null}
      {action ? (
        <>
          <p lang={langTag(action.source.document?.language)} dir="auto" className="action-text">
            {action.text}
          </p>
          <dl className="facts">
            <dt>Status</dt>
            <dd>
              {STATUS_LABELS[action.status]} (version {action.version})
            </dd>
            <dt>Assigned to</dt>
            <dd>{action.assignees.map((assignee) => ASSIGNEE_LABELS[assignee]).join(', ')}</dd>
            <dt>Meeting</dt>
            <dd>
              {action.meeting.id}
              {action.meeting.startDate ? `, ${action.meeting.startDate}${action.meeting.endDate && action.meeting.endDate !== action.meeting.startDate ? ` to ${action.meeting.endDate}` : ''}` : ''}{' '}
              of {action.meeting.group.id}
            </dd>
            <Fact term="Due">{action.dueDate}</Fact>
            <Fact term="Resolutions">{action.references.map((resolution) => resolution.id).join(', ')}</Fact>
            <Fact term="Consultation">{action.consultation?.id}</Fact>
          </dl>

          <section aria-labelledby={`${headingId}-source`} className="provenance">
            <h3 id={`${headingId}-source`}>Where it was read</h3>
            <dl className="facts">
              <dt>Document</dt>
              <dd>
                {action.source.document?.id ?? 'unknown'}
                {action.source.document?.title ? (
                  <>
                    {' '}
                    (<span lang={langTag(action.source.document.language)} dir="auto">{action.source.document.title}</span>)
                  </>
                ) : null}
              </dd>
              <dt>Paragraph</dt>
              <dd>{action.source.paragraph ?? 'unnumbered'}</dd>
              {action.source.start !== null && action.source.end !== null ? (
                <>
                  <dt>Characters</dt>
                  <dd>
                    {action.source.start}–{action.source.end}
                  </dd>
                </>
              ) : null}
            </dl>
            <blockquote className="quote" lang={langTag(action.source.document?.language)} dir="auto">
              {action.source.quote}
            </blockquote>
            {action.source.curated ? <p className="hint">Typed in by hand in a curated overlay, with this evidence.</p> : null}
          </section>

          <section aria-labelledby={`${headingId}-history`}>
            <h3 id={`${headingId}-history`}>History</h3>
            {action.history.length ? (
              <table className="data-table">
                <caption className="visually-hidden">Status changes of {action.id}, oldest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Note</th>
                  </tr>
                </thead>
                <tbody>
                  {action.history.map((change, index) => (
                    <tr key={`${change.at}-${index}`}>
                      <td>
                        <time dateTime={change.at}>{new Date(change.at).toLocaleString()}</time>
                      </td>
                      <td>{change.by}</td>
                      <td>{change.from ? STATUS_LABELS[change.from] : '—'}</td>
                      <td>{STATUS_LABELS[change.status]}</td>
                      <td dir="auto">{change.note ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>No change yet: the status is the one the report gave.</p>
            )}
          </section>
        </>
      ) : null}
    </dialog>
  );
}
