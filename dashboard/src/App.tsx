import { lazy, Suspense, useEffect } from 'react';
import { SessionProvider } from './auth/session';
import { Loading } from './components/Status';
import { Link, hrefFor, useLocation, VIEWS, type ViewName } from './router';
import { FollowUpBoard } from './views/board/FollowUpBoard';
import { SearchView } from './views/search/SearchView';
import { PageHeading } from './components/PageHeading';

// The charts (Chart.js) and the graph (Cytoscape) load with their views, not with the board.
const ConsultationsView = lazy(() => import('./views/consultations/ConsultationsView').then((module) => ({ default: module.ConsultationsView })));
const MandateExplorer = lazy(() => import('./views/mandates/MandateExplorer').then((module) => ({ default: module.MandateExplorer })));

function View({ view, params }: { view: ViewName | null; params: URLSearchParams }) {
  switch (view) {
    case 'board':
      return <FollowUpBoard params={params} />;
    case 'consultations':
      return <ConsultationsView />;
    case 'mandates':
      return <MandateExplorer params={params} />;
    case 'search':
      return <SearchView params={params} />;
    case null:
      return (
        <>
          <PageHeading>No such view</PageHeading>
          <p>
            This address shows nothing. Go to the <Link to={hrefFor('board')}>follow-up board</Link>.
          </p>
        </>
      );
  }
}

export function App() {
  const { view, params } = useLocation();
  const title = VIEWS.find((candidate) => candidate.name === view)?.title ?? 'No such view';

  useEffect(() => {
    document.title = `${title} · mandate-graph`;
  }, [title]);

  return (
    <SessionProvider>
      <a className="skip-link" href="#main">
        Skip to the view
      </a>
      <header className="site-header">
        <p className="brand">
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={24} height={24} /> mandate-graph
        </p>
        <nav aria-label="Dashboard views">
          <ul>
            {VIEWS.map((candidate) => (
              <li key={candidate.name}>
                <Link to={hrefFor(candidate.name)} aria-current={candidate.name === view ? 'page' : undefined}>
                  {candidate.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading>Loading the view…</Loading>}>
          <View view={view} params={params} />
        </Suspense>
      </main>
      <footer className="site-footer">
        Read from the public GraphQL API at <code>/graphql</code>; every figure links back to the passage it was read from.
      </footer>
    </SessionProvider>
  );
}
