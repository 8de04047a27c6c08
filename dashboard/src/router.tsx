import { useMemo, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Where the gateway serves the dashboard; every other path under it is one of the views. */
export const BASE_PATH = '/dashboard';

export type ViewName = 'board' | 'consultations' | 'mandates' | 'search';

export const VIEWS: { name: ViewName; title: string }[] = [
  { name: 'board', title: 'Follow-up board' },
  { name: 'consultations', title: 'Consultations' },
  { name: 'mandates', title: 'Mandate explorer' },
  { name: 'search', title: 'Search' },
];

export interface Location {
  view: ViewName | null;
  params: URLSearchParams;
}

const NAVIGATED = 'dashboard:navigate';

// Set when the view changes (a link, back or forward), so that the new view's heading takes the focus as a
// page load would put it at the top: keyboard and screen-reader users start reading the new view.
let headingFocusPending = false;
let shownView: ViewName | null | undefined;

function noteView(path: string): void {
  const view = parseLocation(path).view;
  if (shownView !== undefined && view !== shownView) headingFocusPending = true;
  shownView = view;
}

/** True once after each change of view: the heading that mounts then should take the focus. */
export function takeHeadingFocus(): boolean {
  const pending = headingFocusPending;
  headingFocusPending = false;
  return pending;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener('popstate', onPopState);
  window.addEventListener(NAVIGATED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener(NAVIGATED, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

const onPopState = () => noteView(snapshot());

export function parseLocation(path: string): Location {
  const url = new URL(path, window.location.origin);
  const rest = url.pathname.startsWith(BASE_PATH) ? url.pathname.slice(BASE_PATH.length).replace(/^\/+|\/+$/g, '') : '';
  const view = rest === '' ? 'board' : (VIEWS.find((candidate) => candidate.name === rest)?.name ?? null);
  return { view, params: url.searchParams };
}

/** The current view and its query parameters; re-renders on back/forward and on navigate(). */
export function useLocation(): Location {
  const path = useSyncExternalStore(subscribe, snapshot);
  if (shownView === undefined) shownView = parseLocation(path).view;
  return useMemo(() => parseLocation(path), [path]);
}

/** The address of a view with its parameters (empty ones are left out). */
export function hrefFor(view: ViewName, params: Record<string, string | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) search.set(name, value);
  const query = search.toString();
  return `${BASE_PATH}/${view}${query ? `?${query}` : ''}`;
}

export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  noteView(to);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** An ordinary link (open in a new tab works) that changes views without reloading the page. */
export function Link({ to, onClick, ...anchor }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={follow} {...anchor} />;
}
