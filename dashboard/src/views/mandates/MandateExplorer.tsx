import { useMemo, useState, type ChangeEvent } from 'react';
import { DashboardMandateGraphDocument, DashboardResolutionsDocument } from '../../../generated/graphql/graphql';
import { allPages, execute } from '../../api/graphql';
import { useApi } from '../../api/useApi';
import { ErrorNotice, Loading, PartialNotice } from '../../components/Status';
import { langTag } from '../../labels';
import { hrefFor, Link, navigate } from '../../router';
import { buildMandateGraph, NODE_KIND_LABELS, type GraphEdge, type GraphNode, type MandateGraph, type Quote } from './mandateGraph';
import { kindColour, MandateGraphCanvas, type Selection } from './MandateGraphCanvas';
import { PageHeading } from '../../components/PageHeading';

const shorten = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length).trimEnd()}…` : text);

function QuoteBlock({ quote }: { quote: Quote }) {
  return (
    <figure className="quote-figure">
      <blockquote className="quote" lang={langTag(quote.language)} dir="auto">
        {quote.quote}
      </blockquote>
      <figcaption>
        {quote.documentId ?? 'unknown document'}
        {quote.paragraph ? `, paragraph ${quote.paragraph}` : ''}
        {quote.curated ? ' (curated overlay)' : ''}
      </figcaption>
    </figure>
  );
}

/** Where a node leads: another resolution to explore, an action's card, a meeting's actions, a consultation's responses. */
function NodeLinks({ node, root }: { node: GraphNode; root: string }) {
  switch (node.kind) {
    case 'Resolution':
      return node.key === root ? null : <Link to={hrefFor('mandates', { resolution: node.id })}>Explore {node.id}</Link>;
    case 'Action':
      return <Link to={hrefFor('board', { action: node.id })}>Open {node.id} on the follow-up board</Link>;
    case 'Meeting':
      return <Link to={hrefFor('board', { meeting: node.id })}>See the actions of {node.id} on the board</Link>;
    case 'Consultation':
      return <Link to={hrefFor('consultations')}>See the responses to {node.id}</Link>;
    default:
      return null;
  }
}

function Legend({ graph }: { graph: MandateGraph }) {
  const kinds = [...new Set(graph.nodes.map((node) => node.kind))];
  return (
    <ul className="legend" aria-label="Kinds of nodes">
      {kinds.map((kind) => (
        <li key={kind}>
          <span className="kind-dot" style={{ backgroundColor: kindColour(kind) }} aria-hidden="true" />
          {NODE_KIND_LABELS[kind]}
        </li>
      ))}
      <li>Dotted: cites · dashed: no passage recorded · red dashed: an activity the graph does not hold · select a link to read its passage (a label that would cover another is left off)</li>
    </ul>
  );
}

function SelectionDetails({ graph, selection }: { graph: MandateGraph; selection: Selection }) {
  const nodesByKey = new Map(graph.nodes.map((node) => [node.key, node]));
  if (!selection) return <p className="hint">Select a node or a link, in the graph or in the table below, to see where it was read.</p>;
  if (selection.type === 'node') {
    const node = nodesByKey.get(selection.key);
    if (!node) return null;
    return (
      <>
        <h3>
          {NODE_KIND_LABELS[node.kind]} {node.id}
        </h3>
        {node.description ? (
          <p lang={langTag(node.language)} dir="auto">
            {node.description}
          </p>
        ) : null}
        {node.source ? <QuoteBlock quote={node.source} /> : null}
        <p>
          <NodeLinks node={node} root={graph.root} />
        </p>
      </>
    );
  }
  const edge = graph.edges.find((candidate) => candidate.key === selection.key);
  if (!edge) return null;
  const from = nodesByKey.get(edge.from);
  const to = nodesByKey.get(edge.to);
  return (
    <>
      <h3>
        {from?.id} {edge.relation} {to?.id}
      </h3>
      {edge.quotes.length ? edge.quotes.map((quote, index) => <QuoteBlock key={index} quote={quote} />) : <p>No passage is recorded for this link.</p>}
    </>
  );
}

function LinksTable({ graph, onSelect }: { graph: MandateGraph; onSelect(selection: Selection): void }) {
  const nodesByKey = new Map(graph.nodes.map((node) => [node.key, node]));
  const nodeButton = (key: string) => {
    const node = nodesByKey.get(key);
    if (!node) return null;
    return (
      <button type="button" className="node-button" onClick={() => onSelect({ type: 'node', key })}>
        <span className="kind-dot" style={{ backgroundColor: kindColour(node.kind) }} aria-hidden="true" />
        <span className="visually-hidden">{NODE_KIND_LABELS[node.kind]} </span>
        {node.id}
      </button>
    );
  };
  return (
    <div className="table-scroll">
      <table className="data-table links-table">
        <caption>Links and where they were read</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Link</th>
            <th scope="col">To</th>
            <th scope="col">Where it was read</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((edge: GraphEdge) => (
            <tr key={edge.key} data-link={`${nodesByKey.get(edge.from)?.id} ${edge.relation} ${nodesByKey.get(edge.to)?.id}`}>
              <td>{nodeButton(edge.from)}</td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect({ type: 'edge', key: edge.key })}>
                  {edge.relation}
                </button>
              </td>
              <td>{nodeButton(edge.to)}</td>
              <td>
                {edge.quotes.length
                  ? edge.quotes.map((quote, index) => (
                      <p key={index} className="table-quote">
                        <q lang={langTag(quote.language)} dir="auto">
                          {shorten(quote.quote, 160)}
                        </q>{' '}
                        <span className="hint">
                          ({quote.documentId}
                          {quote.paragraph ? ` ¶ ${quote.paragraph}` : ''})
                        </span>
                      </p>
                    ))
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResolutionTrace({ id }: { id: string }) {
  const trace = useApi(`mandates:${id}`, (options) => execute(DashboardMandateGraphDocument, { id }, options));
  const [selection, setSelection] = useState<Selection>(null);
  const resolution = trace.status === 'ready' ? trace.data.resolution : null;
  const graph = useMemo(() => (resolution ? buildMandateGraph(resolution) : null), [resolution]);

  if (trace.status === 'loading') return <Loading>Loading what {id} mandates and cites…</Loading>;
  if (trace.status === 'error') return <ErrorNotice what={`The mandates of ${id}`} error={trace.error} onRetry={trace.reload} />;
  if (trace.status !== 'ready') return null;
  if (!resolution || !graph) return <p className="notice">The graph has no resolution {id}.</p>;
  return (
    <>
      <PartialNotice errors={trace.partialErrors} />
      {graph.unresolved ? (
        <p className="notice" data-testid="unresolved-mandates">
          {graph.unresolved === 1 ? '1 mandate names an activity' : `${graph.unresolved} mandates name activities`} that the graph does not hold,
          drawn with a red dashed outline: select {graph.unresolved === 1 ? 'it' : 'one'} to read the passage that names it.
        </p>
      ) : null}
      <h2>
        {resolution.id}
        {resolution.title ? (
          <>
            : <span dir="auto">{resolution.title}</span>
          </>
        ) : null}
      </h2>
      {graph.edges.length === 0 ? (
        <p className="notice">{resolution.id} mandates nothing and cites nothing that the graph knows of.</p>
      ) : (
        <div className="explorer">
          <div>
            <MandateGraphCanvas graph={graph} selection={selection} onSelect={setSelection} />
            <Legend graph={graph} />
          </div>
          <section className="selection panel" aria-labelledby="selection-heading" aria-live="polite">
            <h2 id="selection-heading" className="visually-hidden">
              Selected
            </h2>
            <SelectionDetails graph={graph} selection={selection} />
          </section>
        </div>
      )}
      {graph.citedBy.length ? (
        <p>
          Cited by:{' '}
          {graph.citedBy.map((citing, index) => (
            <span key={citing.id}>
              {index ? ', ' : ''}
              <Link to={hrefFor('mandates', { resolution: citing.id })}>{citing.id}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {graph.edges.length ? <LinksTable graph={graph} onSelect={setSelection} /> : null}
    </>
  );
}

/** Choose a resolution and follow what it mandates and cites, with the passage behind every link. */
export function MandateExplorer({ params }: { params: URLSearchParams }) {
  const chosen = params.get('resolution');
  const resolutions = useApi('resolutions', (options) => allPages(DashboardResolutionsDocument, {}, (data) => data.resolutions, options));
  const byIssuer = useMemo(() => {
    const groups = new Map<string, { id: string; title: string | null }[]>();
    if (resolutions.status === 'ready') {
      for (const resolution of resolutions.data.nodes) {
        const issuer = resolution.id.split('-')[0];
        groups.set(issuer, [...(groups.get(issuer) ?? []), resolution]);
      }
    }
    return [...groups];
  }, [resolutions]);
  const choose = (event: ChangeEvent<HTMLSelectElement>) => navigate(hrefFor('mandates', { resolution: event.target.value || null }));

  return (
    <>
      <PageHeading>Mandate explorer</PageHeading>
      <p className="lead">What a resolution establishes, instructs, guides and cites: its groups, their meetings, the actions and consultations that follow.</p>
      {resolutions.status === 'loading' ? <Loading>Loading the resolutions…</Loading> : null}
      {resolutions.status === 'error' ? <ErrorNotice what="The list of resolutions" error={resolutions.error} onRetry={resolutions.reload} /> : null}
      {resolutions.status === 'ready' ? (
        <form className="filters" onSubmit={(event) => event.preventDefault()}>
          <label>
            Resolution
            <select value={chosen ?? ''} onChange={choose}>
              <option value="">Choose one of {resolutions.data.totalCount}…</option>
              {byIssuer.map(([issuer, members]) => (
                <optgroup key={issuer} label={issuer}>
                  {members.map((resolution) => (
                    <option key={resolution.id} value={resolution.id}>
                      {resolution.id}
                      {resolution.title ? ` — ${shorten(resolution.title, 70)}` : ''}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
        </form>
      ) : null}
      {chosen ? <ResolutionTrace key={chosen} id={chosen} /> : null}
    </>
  );
}
