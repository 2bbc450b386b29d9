import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ComponentType } from 'react';
import type { SiteManifest } from '@/article/site-index';
import type { ListView } from '@/data/filters/run-filters';
import type { ListFilters } from '@/data/list-filters';
import { paths } from '../../ui/paths';
import { articleQueryOptions } from '@/data/article-query';
import { DataNotFound } from '@/data/data-errors';
import { manifestQueryOptions } from '@/data/manifest-query';
import { shortDate } from '@/ui/day-label';
import { FilterNotices } from '@/ui/filter-notices';
import { hasFilters } from '@/data/list-filters';
import { SaveButton } from './save-button';
import { savedArticlesStore, useSavedArticles } from './saved-articles';
import { savedArticleMatches } from './saved-filters';
import { savedListView } from './saved-list-view';
import styles from './saved-page.module.css';

/** `/saved`: the articles saved in this browser, newest saved first, narrowed by the list's filters. */
type Props = {
  data: { filters: ListFilters; notices: string[] };
  /** The filter controls (a slot the app fills: features/filters' panel). */
  FilterPanel: ComponentType<{ manifest: SiteManifest; filters: ListFilters; view: ListView; where: 'saved' }>;
};

export function SavedPage({ data: { filters, notices }, FilterPanel }: Props) {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const { articles: saved, storageProblem } = useSavedArticles();
  // Each saved article's own file: says whether it is still in the archive, and gives topics and names to filter by.
  const files = useQueries({ queries: saved.map((entry) => ({ ...articleQueryOptions(entry.id), staleTime: Infinity })) });
  const filtered = hasFilters({ ...filters, q: '' });
  const entries = saved.map((entry, index) => ({ entry, file: files[index]! }));
  // One that left the archive stays listed whatever the filters: it is never silently dropped.
  const items = entries.filter(({ entry, file }) => file.error instanceof DataNotFound || savedArticleMatches(entry, file.data, filters, manifest));
  const available = entries.filter(({ file }) => !(file.error instanceof DataNotFound)).map(({ entry, file }) => ({ saved: entry, article: file.data }));
  const view = savedListView(available, filters, manifest, items.length);

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
      <FilterNotices notices={notices} />
      <SavedTransfer />
      {filtered && (
        <p className={styles.filtered}>
          Showing saved articles that match the filters. <Link to={paths.saved()}>Show all saved articles</Link>
        </p>
      )}
      <div className={styles.columns}>
        {saved.length > 0 && <FilterPanel manifest={manifest} filters={filters} view={view} where="saved" />}
        <section aria-label="Saved articles" data-article-list="" data-result-count={items.length}>
          {items.length === 0 ? (
            saved.length === 0 ? (
              <p className={styles.empty}>Nothing saved yet: use Save on any article to keep it here.</p>
            ) : (
              <div className={styles.empty}>
                <p>No saved articles match these filters.</p>
                <Link to={paths.saved()} className={styles.clear}>
                  Clear the filters
                </Link>
              </div>
            )
          ) : (
            <ol className={styles.list}>
              {items.map(({ entry, file }) => {
                const titleId = `saved-${entry.id}`;
                const gone = file.error instanceof DataNotFound;
                return (
                  <li key={entry.id}>
                    <article className={styles.item} aria-labelledby={titleId} data-unavailable={gone}>
                      <h2 className={styles.title} id={titleId}>
                        {gone ? entry.title : <Link to={paths.article(entry.id)}>{entry.title}</Link>}
                      </h2>
                      <p className={styles.meta}>
                        <time dateTime={entry.date}>{shortDate(entry.date)}</time>
                        {gone && <span className={styles.gone}>No longer available: this article has left the archive</span>}
                      </p>
                      <SaveButton article={entry} describedBy={titleId} announceStorageProblem={false} />
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      </div>
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
      const added = savedArticlesStore().importJson(await file.text());
      setMessage(added === 0 ? 'Every article in that file was already saved.' : `Imported ${added} saved ${added === 1 ? 'article' : 'articles'}.`);
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
