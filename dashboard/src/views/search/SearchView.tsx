import { useEffect, useState, type FormEvent } from 'react';
import { SearchDocument, type Language, type SearchQuery } from '../../../generated/graphql/graphql';
import { ApiError, execute } from '../../api/graphql';
import { useApi } from '../../api/useApi';
import { useSession } from '../../auth/session';
import { ErrorNotice, Loading, PartialNotice } from '../../components/Status';
import { LANGUAGE_LABELS, LANGUAGES, langTag } from '../../labels';
import { hrefFor, navigate } from '../../router';
import { sanitizeHighlight } from './sanitize';
import { PageHeading } from '../../components/PageHeading';

type Hit = SearchQuery['search']['edges'][number]['node'];

function HitItem({ hit }: { hit: Hit }) {
  const lang = langTag(hit.document.language);
  return (
    <li className="hit" data-document={hit.document.id} data-paragraph={hit.paragraph ?? ''}>
      <p className="hit-source">
        <strong>{hit.document.id}</strong>
        {hit.paragraph ? <>, paragraph {hit.paragraph}</> : null} · {LANGUAGE_LABELS[hit.document.language]}
        {hit.document.title ? (
          <>
            {' '}
            · <span lang={lang} dir="auto">{hit.document.title}</span>
          </>
        ) : null}
      </p>
      {/* dir="auto": Arabic runs right to left, by its first strong character; lang picks fonts and line breaking. */}
      <p className="hit-text" lang={lang} dir="auto" dangerouslySetInnerHTML={{ __html: sanitizeHighlight(hit.highlight) }} />
    </li>
  );
}

function SearchResults({ text, language }: { text: string; language: Language | null }) {
  const first = useApi(`search:${language ?? ''}:${text}`, (options) => execute(SearchDocument, { text, language }, options));
  const [more, setMore] = useState<{ hits: Hit[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState<ApiError | 'loading' | null>(null);
  const { token } = useSession();

  if (first.status === 'loading') return <Loading>Searching for “{text}”…</Loading>;
  if (first.status === 'error') return <ErrorNotice what="The search" error={first.error} onRetry={first.reload} />;
  if (first.status !== 'ready') return null;

  const { search } = first.data;
  const hits = [...search.edges.map((edge) => edge.node), ...(more?.hits ?? [])];
  const pageInfo = more ?? search.pageInfo;
  const loadMore = async () => {
    setLoadingMore('loading');
    try {
      const { data } = await execute(SearchDocument, { text, language, after: pageInfo.endCursor }, { token });
      setMore({ hits: [...(more?.hits ?? []), ...data.search.edges.map((edge) => edge.node)], ...data.search.pageInfo });
      setLoadingMore(null);
    } catch (error) {
      setLoadingMore(error instanceof ApiError ? error : new ApiError(String(error), null));
    }
  };

  return (
    <section aria-labelledby="results-heading">
      <PartialNotice errors={first.partialErrors} />
      <h2 id="results-heading" className="visually-hidden">
        Results
      </h2>
      <p className="summary" role="status">
        {search.totalCount === 0
          ? `No paragraph contains “${text}”${language ? ` in ${LANGUAGE_LABELS[language]}` : ''}.`
          : `${search.totalCount} paragraph${search.totalCount === 1 ? '' : 's'} found for “${text}”${language ? ` in ${LANGUAGE_LABELS[language]}` : ''}.`}
      </p>
      <ol className="hits">
        {hits.map((hit, index) => (
          <HitItem key={`${hit.document.id}#${hit.paragraph ?? index}`} hit={hit} />
        ))}
      </ol>
      {loadingMore instanceof ApiError ? <ErrorNotice what="More results" error={loadingMore} onRetry={loadMore} /> : null}
      {pageInfo.hasNextPage ? (
        <button type="button" onClick={loadMore} disabled={loadingMore === 'loading'}>
          {loadingMore === 'loading' ? 'Loading more…' : `Show more (${hits.length} of ${search.totalCount} shown)`}
        </button>
      ) : null}
    </section>
  );
}

/** Full-text search across every document, in any of the six languages, hits marked. */
export function SearchView({ params }: { params: URLSearchParams }) {
  const text = params.get('q')?.trim() ?? '';
  const language = LANGUAGES.find((candidate) => candidate === params.get('language')) ?? null;
  const [draft, setDraft] = useState(text);
  const [draftLanguage, setDraftLanguage] = useState<Language | ''>(language ?? '');
  useEffect(() => setDraft(text), [text]);
  useEffect(() => setDraftLanguage(language ?? ''), [language]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(hrefFor('search', { q: draft.trim(), language: draftLanguage || null }));
  };

  return (
    <>
      <PageHeading>Search</PageHeading>
      <p className="lead">Every paragraph of every document, in Arabic, Chinese, English, French, Russian or Spanish.</p>
      <form role="search" className="filters" onSubmit={submit}>
        <label>
          Words to find
          <input type="search" value={draft} onChange={(event) => setDraft(event.target.value)} dir="auto" maxLength={500} required />
        </label>
        <label>
          Language
          <select value={draftLanguage} onChange={(event) => setDraftLanguage(event.target.value as Language | '')}>
            <option value="">Any language</option>
            {LANGUAGES.map((value) => (
              <option key={value} value={value}>
                {LANGUAGE_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {text ? <SearchResults key={`${language ?? ''}:${text}`} text={text} language={language} /> : null}
    </>
  );
}
