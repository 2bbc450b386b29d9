import { useQueries, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { ComponentType } from 'react';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import type { ListView } from '@/data/filters/run-filters';
import type { ListFilters } from '@/data/list-filters';
import { hasFilters, writeFilters } from '@/data/list-filters';
import { isRead, useReadArticles } from '@/data/read-articles';
import { manifestQueryOptions } from '@/data/manifest-query';
import { shortDate } from '@/ui/day-label';
import { FilterNotices } from '@/ui/filter-notices';
import { HideReadSwitch } from '@/ui/hide-read-switch';
import { formatCount } from '@/ui/format-count';
import { paths } from '@/ui/paths';
import { SaveButton } from './save-button';
import { savedArticlesStore, useSavedArticles } from './saved-articles';
import type { SavedArticle } from './saved-articles-store';
import { savedFileQueryOptions } from './saved-files';
import { importMessage } from './saved-messages';
import { savedListView } from './saved-list-view';
import { savedPageItems, type FileState, type SavedPageItems } from './saved-page-items';
import styles from './saved-page.module.css';

/** An export of IMPORT_LIMIT saved articles is about 1 MB; a file many times that is read no further. */
const IMPORT_BYTES_LIMIT = 20 * 1024 * 1024;

/** Saved articles listed at first, and added by each "Show more". */
const PAGE_SIZE = 20;
/** Saved articles checked against topic and name filters (each needs its file) before the reader is asked to go on. */
const CHECK_STEP = 100;

/** `/saved`: the articles saved in this browser, newest saved first, narrowed by the list's filters. */
type Props = {
  data: { filters: ListFilters; notices: string[] };
  /** The filter controls (a slot the app fills: features/filters' panel). */
  FilterPanel: ComponentType<{ manifest: SiteManifest; filters: ListFilters; view: ListView; where: 'saved' }>;
};

export function SavedPage({ data: { filters, notices }, FilterPanel }: Props) {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { articles: allSaved, storageProblem, damage } = useSavedArticles();
  // Hide read (`?unread=1`), as on the list: the read ones are left out before any other filter, so the
  // counts, the pages and the filter panel all follow it.
  const read = useReadArticles();
  const saved = useMemo(
    () => (filters.unread ? allSaved.filter((entry) => !isRead(read, entry)) : allSaved),
    [allSaved, filters.unread, read],
  );
  const queryClient = useQueryClient();
  const [wanted, setWanted] = useState(PAGE_SIZE);
  const [checkLimit, setCheckLimit] = useState(CHECK_STEP);
  // Files already read stay in the cache for the visit; only those the page needs now are observed.
  const stateOf = (id: string): FileState => {
    const query = queryClient.getQueryState(savedFileQueryOptions(queryClient, id).queryKey);
    if (query?.status === 'success') return { file: query.data! };
    if (query?.status === 'error' && query.fetchStatus === 'idle') return { failed: true };
    return undefined;
  };
  const page = savedPageItems(saved, stateOf, filters, manifest, wanted, checkLimit);
  // The listed articles (to say which left the archive) and the next to check; each once.
  const observed = [...new Set([...page.items.map(({ entry }) => entry), ...page.toFetch])];
  const files = useQueries({ queries: observed.map((entry) => savedFileQueryOptions(queryClient, entry.id)) });
  // Changes whenever a file arrives: the filter panel's counts are worked out again only then.
  const settled = files.filter((file) => file.status !== 'pending').length;
  const view = useMemo(
    () => {
      const withFiles = saved.map((entry) => ({ saved: entry, article: availableFile(stateOf(entry.id)) }));
      return savedListView(withFiles, filters, manifest, page.candidates);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- stateOf reads the cache, which changes only as files settle
    [saved, filters, manifest, page.candidates, settled],
  );
  const filtered = hasFilters({ ...filters, q: '' });
  const { items } = page;

  return (
    <div className={`page-width ${styles.page}`}>
      <title>Saved articles · Broadsheet</title>
      <header className={styles.intro}>
        <h1 className={styles.heading}>Saved articles</h1>
        <p className={styles.summary}>Kept in this browser, newest saved first.</p>
      </header>
      {storageProblem && (
        <p role="alert" className={styles.problem}>
          {storageProblem}
        </p>
      )}
      {damage && <DamageNotice text={damage} />}
      <FilterNotices notices={notices} />
      <SavedTransfer />
      {filtered && (
        <p className={styles.filtered}>
          Showing saved articles that match the filters. <Link to={paths.saved()}>Show all saved articles</Link>
        </p>
      )}
      <div className={styles.columns}>
        {allSaved.length > 0 && <FilterPanel manifest={manifest} filters={filters} view={view} where="saved" />}
        <section aria-label="Saved articles" data-article-list="" data-result-count={items.length}>
          {allSaved.length > 0 && (
            <div className={styles.tools}>
              <HideReadSwitch hiding={filters.unread} toggled={paths.saved(writeFilters({ ...filters, unread: !filters.unread }))} />
            </div>
          )}
          {allSaved.length === 0 ? (
            <p className={styles.empty}>Nothing saved yet: use Save on any article to keep it here.</p>
          ) : saved.length === 0 ? (
            <div className={styles.empty}>
              <p>You have read every saved article here.</p>
              <Link to={paths.saved(writeFilters({ ...filters, unread: false }))} className={styles.clear}>
                Show the read ones
              </Link>
            </div>
          ) : items.length === 0 && page.toFetch.length === 0 && !page.more ? (
            <div className={styles.empty}>
              <p>No saved articles match these filters.</p>
              <Link to={paths.saved()} className={styles.clear}>
                Clear the filters
              </Link>
            </div>
          ) : (
            items.length > 0 && (
              <ol className={styles.list}>
                {items.map(({ entry, state }) => (
                  <SavedItem
                    key={entry.id}
                    entry={entry}
                    gone={state !== undefined && 'file' in state && state.file.gone}
                    read={isRead(read, entry)}
                  />
                ))}
              </ol>
            )
          )}
          <SavedProgress page={page} filtered={filtered} />
          {page.more && (items.length >= wanted || page.toFetch.length === 0) && (
            <button
              type="button"
              className={styles.more}
              onClick={() => {
                setWanted(Math.max(wanted, items.length + PAGE_SIZE));
                setCheckLimit(checkLimit + CHECK_STEP);
              }}
            >
              {items.length < wanted ? 'Check more saved articles' : 'Show more saved articles'}
            </button>
          )}
        </section>
      </div>
    </div>
  );
}

/** The file's topics and names when it was read and is still in the archive; otherwise nothing to count by. */
function availableFile(state: FileState): Pick<Article, 'topics' | 'entities'> | undefined {
  return state && 'file' in state && !state.file.gone ? state.file : undefined;
}

function SavedItem({ entry, gone, read }: { entry: SavedArticle; gone: boolean; read: boolean }) {
  const titleId = `saved-${entry.id}`;
  return (
    <li>
      <article className={styles.item} aria-labelledby={titleId} data-unavailable={gone} data-read={read || undefined}>
        <h2 className={styles.title} id={titleId}>
          {gone ? entry.title : <Link to={paths.article(entry.id)}>{entry.title}</Link>}
        </h2>
        <p className={styles.meta}>
          <time dateTime={entry.date}>{shortDate(entry.date)}</time>
          {read && <span className={styles.read}>Read</span>}
          {gone && <span className={styles.gone}>No longer available: this article has left the archive</span>}
        </p>
        <SaveButton article={entry} describedBy={titleId} announceStorageProblem={false} />
      </article>
    </li>
  );
}

/** How far the list has got: how many are listed of how many, and under topic or name filters how many were checked. */
function SavedProgress({ page, filtered }: { page: SavedPageItems; filtered: boolean }) {
  const { items, candidates, checked, toFetch } = page;
  let text = '';
  if (checked < candidates) {
    const end = toFetch.length > 0 ? '…' : '.';
    text = `Checked ${formatCount(checked)} of ${formatCount(candidates)} saved articles against these filters${end}`;
  } else if (items.length < candidates) {
    text = `Showing ${formatCount(items.length)} of ${formatCount(candidates)} saved articles${filtered ? ' that match' : ''}.`;
  }
  return (
    <p role="status" className={styles.progress}>
      {text}
    </p>
  );
}

/** Saved data in storage was damaged and has been repaired: said until the reader has read it. */
function DamageNotice({ text }: { text: string }) {
  return (
    <div role="alert" className={styles.problem}>
      <p>{text}</p>
      <button type="button" className={styles.action} onClick={() => savedArticlesStore().dismissDamage()}>
        OK
      </button>
    </div>
  );
}

/** Export to a JSON file and import one back (another browser's, or a backup). */
function SavedTransfer() {
  const [message, setMessage] = useState('');
  const inputId = useId();
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([savedArticlesStore().exportJson()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'broadsheet-saved-articles.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      if (file.size > IMPORT_BYTES_LIMIT) {
        setMessage('That file is far larger than an export of saved articles, so nothing was imported.');
        return;
      }
      setMessage(importMessage(savedArticlesStore().importJson(await file.text())));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'That file could not be imported.');
    }
  };
  return (
    <div className={styles.transfer}>
      <button type="button" className={styles.action} onClick={exportFile}>
        Export saved articles
      </button>
      <label className={styles.action} htmlFor={inputId}>
        Import saved articles
      </label>
      <input
        id={inputId}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          void importFile(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
      />
      <p role="status" className={styles.message}>
        {message}
      </p>
    </div>
  );
}
