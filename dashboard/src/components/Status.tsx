import type { ReactNode } from 'react';
import type { ApiError } from '../api/graphql';

/** Said while a view waits for the graph (announced politely to screen readers). */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className="notice notice-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A request that failed: what the graph said, and a way to ask again. */
export function ErrorNotice({ what, error, onRetry }: { what: string; error: ApiError; onRetry?: () => void }) {
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{what} could not be loaded.</strong> {error.message}
        {error.requestId ? <> (request id {error.requestId})</> : null}
      </p>
      {error.code === 'UNAUTHENTICATED' ? (
        <p>This graph asks readers for a token too: sign in on the follow-up board, then try again.</p>
      ) : null}
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** An answer that came with errors: a subgraph is down, so some fields are empty. */
export function PartialNotice({ errors }: { errors: ApiError[] }) {
  if (!errors.length) return null;
  return (
    <p className="notice notice-warning" role="status">
      Part of this view is missing: {[...new Set(errors.map((error) => error.message))].join(' ')}
    </p>
  );
}
