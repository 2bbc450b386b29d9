import { keepPreviousData, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, type ComponentProps, type ReactNode } from 'react';
import type { ListView } from '@/data/filters/run-filters';
import { Link } from 'react-router';
import { usePendingLocation } from '@/ui/pending-location';
import { articleRoute } from './article-route';
import { useWarmPage } from './app-route';
import type { ListRouteData } from './list-route';
import { paths } from '@/ui/paths';
import { useAfterFirstPaint } from '@/ui/use-after-first-paint';
import { manifestQueryOptions } from '@/data/manifest-query';
import { ListIntro } from '@/features/articles/list/list-intro';
import { VirtualArticleList } from '@/features/articles/list/virtual-article-list';
import { FilterChips } from '@/features/articles/list/filter-chips';
import { filterChips, listViewPath, viewHeading } from '@/features/articles/list/view-summary';
import { useReadArticles } from '@/data/read-articles';
import { useSearchText } from '@/features/search/typed-query';
import { filteredListQueryOptions, warmFilterEngine } from '@/data/filters/filtered-list-query';
import { FilterNotices } from '@/ui/filter-notices';
import { CardActions } from '@/ui/card-actions';
import { listSaveAction } from './list-save-action';
import styles from './list-page.module.css';
import { hasFilters } from '@/data/list-filters';
import { formatCount } from '@/ui/format-count';
import { FeedLink } from '@/ui/feed-link';
import { feedPaths } from '@/ui/feed-paths';

// The controls are not needed for the first paint: their code loads right after it, with what the panel
// shows of the whole archive (its day histogram: not the list's code either).
const FilterPanel = lazy(async () => {
  const [{ FilterPanel: Panel }, { unfilteredView }] = await Promise.all([
    import('@/features/filters/filter-panel'),
    import('@/features/filters/list-view'),
  ]);
  return {
    default: ({ view, ...props }: Omit<ComponentProps<typeof Panel>, 'view'> & { view: ListView | undefined }) => (
      <Panel {...props} view={view ?? unfilteredView(props.manifest)} />
    ),
  };
});
// The list's own tools (hide read, mark all as read, headlines only) act only once the reader's code runs:
// drawn after the first paint, in a box of their size (list-page.module.css).
const ListTools = lazy(async () => ({ default: (await import('@/features/articles/list/list-tools')).ListTools }));
// Search results (features/search) replace the list while there is a search (?q=, or words being typed).
const SearchResults = lazy(async () => ({ default: (await import('@/features/search/search-results')).SearchResults }));

/**
 * `/`, `/?<filters>` and `/topics/<slug>`: the list, newest first, grouped by day, narrowed by the
 * filters in the URL (read by its route, app/routes/list-route.ts), with the filter controls beside it.
 */
export function ListPage({ data: { filters, notices, topic } }: { data: ListRouteData }) {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const filtered = hasFilters({ ...filters, q: '' });
  // The list under every filter but the search: filled by the route's data before the page shows
  // these filters, so this never waits. The search results narrow by it, as the words being typed
  // run ahead of the URL's search.
  // Hiding read articles, the list follows what is read (its query key does; data/read-articles.ts):
  // the list before a change stays until the list after it is worked out.
  useReadArticles();
  const { data: result } = useQuery({
    ...filteredListQueryOptions({ ...filters, q: '' }),
    enabled: filtered,
    placeholderData: filters.unread ? keepPreviousData : undefined,
  });
  const list = filtered ? result : undefined;
  // The panel's counts and histogram are under the search too; the counts before stay until then.
  const { data: searched } = useQuery({
    ...filteredListQueryOptions(filters),
    enabled: Boolean(filters.q),
    placeholderData: keepPreviousData,
  });
  const view = (filters.q ? searched : undefined) ?? list;
  const count = view?.count ?? manifest.articleCount;
  const ordinalAt = useMemo(() => (list ? (position: number) => list.ordinals[position]! : undefined), [list]);
  const topicSummary = manifest.topics.find((each) => each.slug === topic);
  const painted = useAfterFirstPaint();
  const saveAction = useMemo(() => listSaveAction(painted), [painted]);
  const searchText = useSearchText(filters.q);
  useWarmPage(articleRoute);
  useWarmFilterEngine();

  const heading = viewHeading(filters, manifest.topics);
  const chips = filterChips(filters, manifest.topics, topicSummary ? topic : null);
  return (
    <CardActions value={saveAction}>
      <div className={`page-width ${styles.page}`}>
        <title>{heading ? `${heading} · Broadsheet` : 'Broadsheet: the latest articles'}</title>
        {heading ? (
          <header className={styles.intro}>
            <h1 className={styles.heading}>{heading}</h1>
            {topicSummary && chips.length === 1 && <p className={styles.summary}>Articles on this topic, newest first</p>}
          </header>
        ) : (
          <ListIntro manifest={manifest} />
        )}
        {topicSummary ? (
          <FeedLink path={feedPaths.topicAtom(topicSummary.slug)} title={`${heading} articles`} advertise />
        ) : (
          !filtered && <FeedLink path={feedPaths.siteAtom} title="The latest articles" />
        )}
        <FilterNotices notices={list ? [...notices, ...list.notices] : notices} />
        <div className={styles.columns}>
          <Suspense fallback={<div className={styles.panelPlaceholder} />}>
            {painted ? <FilterPanel manifest={manifest} filters={filters} view={view} /> : <div className={styles.panelPlaceholder} />}
          </Suspense>
          <div>
            <FilterChips chips={chips} />
            {searchText ? (
              <Suspense fallback={<section aria-label="Search results" aria-busy="true" />}>
                <SearchResults text={searchText} manifest={manifest} filtered={list?.ordinals} />
              </Suspense>
            ) : (
              <ArticlesSection count={count}>
                <div className={styles.resultsBar}>
                  <p className={styles.resultCount} aria-live="polite">
                    {filtered ? matchSentence(count) : `${formatCount(count)} articles`}
                  </p>
                  {(count > 0 || filters.unread) && (
                    <div className={styles.listTools}>
                      <Suspense fallback={null}>
                        {painted && <ListTools newest={manifest.newest} filters={filters} topic={topicSummary ? topic : null} />}
                      </Suspense>
                    </div>
                  )}
                </div>
                {count > 0 ? (
                  <VirtualArticleList manifest={manifest} days={list?.days ?? manifest.days} ordinalAt={ordinalAt} />
                ) : filters.unread ? (
                  <div className={styles.empty}>
                    <p>You have read every article here.</p>
                    <Link to={listViewPath({ ...filters, unread: false }, topicSummary ? topic : null)} className={styles.clear}>
                      Show the read ones
                    </Link>
                  </div>
                ) : filtered ? (
                  <div className={styles.empty}>
                    <p>No articles match these filters.</p>
                    <Link to={paths.list()} className={styles.clear}>
                      Clear the filters
                    </Link>
                  </div>
                ) : (
                  <p className={styles.empty}>There are no articles yet.</p>
                )}
              </ArticlesSection>
            )}
          </div>
        </div>
      </div>
    </CardActions>
  );
}

/**
 * The list's region, busy while the next filters' list is worked out. Only this element follows the
 * pending navigation: the list inside it is not drawn again until the new list is ready.
 */
function ArticlesSection({ count, children }: { count: number; children: ReactNode }) {
  const busy = usePendingLocation() !== null;
  return (
    <section aria-label="Articles" data-article-list="" data-result-count={count} aria-busy={busy}>
      {children}
    </section>
  );
}

function matchSentence(count: number): string {
  if (count === 0) return 'No articles match';
  return count === 1 ? '1 article matches' : `${formatCount(count)} articles match`;
}

/** After the first view, fetch columns.json and the engine while the browser is idle, so the first filter answers at once. */
function useWarmFilterEngine(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') return;
    const handle = requestIdleCallback(() => void warmFilterEngine(queryClient).catch(() => undefined), { timeout: 8000 });
    return () => cancelIdleCallback(handle);
  }, [queryClient]);
}
