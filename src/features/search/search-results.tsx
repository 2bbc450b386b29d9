import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { SiteManifest } from '@/article/site-index';
import { formatCount } from '@/ui/format-count';
import { paths } from '@/ui/paths';
import { RetryButton } from '@/ui/retry-button';
import { SearchHit } from './search-hit';
import styles from './search-results.module.css';
import { searchHref } from './search-url';
import { SpeakerMatches } from './speaker-matches';
import { useSearchResults, type SearchHits } from './use-search-results';
import { useSettled } from './use-settled';

/** Hits shown at first, and added by each "Show more": each may need its own chunk of cards. */
const PAGE = 10;
/**
 * How long a search's hits stay on screen before they download what they show: longer than the pause
 * between a typist's keys (80-250 ms), so typing "stoltenberg" downloads the hits of that word alone and not
 * of "sto", "stol" and "stolt" on the way; as long as the address bar's pause after the last key.
 */
const SETTLE_MS = 150;

type Props = {
  /** The search, as typed (trimmed). */
  text: string;
  manifest: SiteManifest;
  /** The ordinals the list's filters match, when any filter is set: the search is narrowed to them. */
  filtered?: Uint32Array;
};

/**
 * The list's search results (`?q=`, combined with the filters): best first, matched words marked, matching
 * quotations under the hits found in them. For the bench and assistive technology: `data-search-query`
 * is the search the shown hits are for, `aria-busy` holds while the newest one runs, and a polite status
 * says how many matched.
 */
export function SearchResults({ text, manifest, filtered }: Props) {
  const { hits, error, busy, retry } = useSearchResults(text, manifest.articleCount, filtered);
  return (
    <section
      aria-labelledby="search-results-heading"
      data-article-list=""
      data-search-query={hits?.text}
      aria-busy={busy}
      className={styles.results}
    >
      <h2 id="search-results-heading" className="visually-hidden">
        Search results
      </h2>
      <SpeakerMatches text={text} />
      <p className={styles.status} role="status">
        {error ? '' : hits ? statusOf(hits, Boolean(filtered)) : 'Searching…'}
      </p>
      {error ? (
        <div className={styles.empty}>
          <p>The search could not be loaded.</p>
          <RetryButton onRetry={retry} prominent />
        </div>
      ) : hits && hits.ordinals.length > 0 ? (
        <HitList key={hits.text} hits={hits} manifest={manifest} />
      ) : hits ? (
        <NoHits hits={hits} filtered={Boolean(filtered)} />
      ) : null}
    </section>
  );
}

function HitList({ hits, manifest }: { hits: SearchHits; manifest: SiteManifest }) {
  const [shown, setShown] = useState(PAGE);
  const settled = useSettled(SETTLE_MS);
  const count = Math.min(shown, hits.ordinals.length);
  return (
    <>
      <ol className={styles.hits}>
        {Array.from({ length: count }, (_, rank) => (
          <li key={hits.ordinals[rank]}>
            <SearchHit ordinal={hits.ordinals[rank]!} fields={hits.fields[rank]!} terms={hits.terms} manifest={manifest} load={settled} />
          </li>
        ))}
      </ol>
      {count < hits.ordinals.length && (
        <button type="button" className={styles.more} onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, hits.ordinals.length - count)} more results
        </button>
      )}
    </>
  );
}

function NoHits({ hits, filtered }: { hits: SearchHits; filtered: boolean }) {
  const { pathname, search } = useLocation();
  return (
    <div className={styles.empty}>
      <p>
        {hits.nothingToSearch
          ? 'Type a word to search for: very common words like “the” are not searched on their own.'
          : `No articles match “${hits.text}”${filtered ? ' within these filters' : ''}.`}
      </p>
      <ul className={styles.ways}>
        <li>
          <Link to={searchHref(pathname, search, '')}>Clear the search</Link>
        </li>
        {filtered && (
          <>
            <li>
              <Link to={searchHref('/', '', hits.text)}>Search all articles instead</Link>
            </li>
            <li>
              <Link to={paths.list()}>Clear the search and the filters</Link>
            </li>
          </>
        )}
      </ul>
    </div>
  );
}

function statusOf(hits: SearchHits, filtered: boolean): string {
  const count = hits.ordinals.length;
  const articles = count === 1 ? '1 article matches' : `${count === 0 ? 'No' : formatCount(count)} articles match`;
  return `${articles} “${hits.text}”${filtered ? ' within the filters' : ''}`;
}
