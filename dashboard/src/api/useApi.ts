import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../auth/session';
import { ApiError, type ApiAnswer, type ExecuteOptions } from './graphql';

export type ApiState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; data: T; partialErrors: ApiError[] };

/**
 * Runs `load` whenever `key` or the signed-in token changes (null key: nothing to load), aborting the
 * previous request, and gives the view a loading, error or ready state; `reload` asks again. The loader
 * gets the token (reads need one when the graph requires authentication) and an abort signal.
 */
export function useApi<T>(
  key: string | null,
  load: (options: ExecuteOptions & { signal: AbortSignal }) => Promise<ApiAnswer<T>>,
): ApiState<T> & { reload: () => void } {
  const { token } = useSession();
  const [state, setState] = useState<ApiState<T>>(key === null ? { status: 'idle' } : { status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The latest loader, without making the effect depend on a function that changes every render.
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownKey = useRef<string | null>(null);

  useEffect(() => {
    if (key === null) {
      shownKey.current = null;
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    // Asking again for the same thing (a reload, a new token) keeps what is shown until the answer comes.
    const sameKey = shownKey.current === key;
    shownKey.current = key;
    setState((previous) => (sameKey && previous.status === 'ready' ? previous : { status: 'loading' }));
    loadRef.current({ signal: controller.signal, token }).then(
      (answer) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data: answer.data, partialErrors: answer.partialErrors });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(String(error), null) });
      },
    );
    return () => controller.abort();
  }, [key, token, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return useMemo(() => ({ ...state, reload }), [state, reload]);
}
