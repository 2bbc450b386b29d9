import type { SiteManifest } from '@/article/site-index';
import type { ListFilters } from '@/data/list-filters';
import type { SavedArticle } from './saved-articles-store';
import type { SavedFile } from './saved-files';
import { savedArticleMatches } from './saved-filters';

/** A saved article's file as far as /saved knows it: read, failed to load (for a reason other than 404), or not yet. */
export type FileState = { file: SavedFile } | { failed: true } | undefined;

export type SavedItem = { entry: SavedArticle; state: FileState };

export type SavedPageItems = {
  /** What the page lists, in saved order (newest saved first). */
  items: SavedItem[];
  /** Entries whose files the page needs now: the listed ones not yet read, then the next ones to check against the filters. */
  toFetch: SavedArticle[];
  /** Saved articles within the chosen dates (all of them without dates): what the other filters are checked against. */
  candidates: number;
  /** How many candidates have been checked against the filters that need each article's file (all when none do). */
  checked: number;
  /** Whether there is more to list or check than `wanted` and `checkLimit` allowed. */
  more: boolean;
};

/**
 * What /saved lists and which article files it asks for: never one file per saved article up front. Dates
 * are in the saved entries, so a date filter needs no file; the page lists the first `wanted` articles and
 * fetches only their files (to show which left the archive). Topics and names are in the files, so under
 * those filters the candidates are checked in order, a few files at a time, until `wanted` match or
 * `checkLimit` have been checked; the reader asks for more. An article whose file is missing or failed to
 * load cannot be checked, and is listed rather than dropped.
 */
export function savedPageItems(
  entries: readonly SavedArticle[],
  stateOf: (id: string) => FileState,
  filters: ListFilters,
  manifest: Pick<SiteManifest, 'topics'>,
  wanted: number,
  checkLimit: number,
): SavedPageItems {
  const candidates = entries.filter((entry) => savedArticleMatches(entry, undefined, filters, manifest));
  const needsFiles = filters.topics.length + filters.people.length + filters.organisations.length + filters.places.length > 0;
  if (!needsFiles) {
    const items = candidates.slice(0, wanted).map((entry) => ({ entry, state: stateOf(entry.id) }));
    const toFetch = items.filter(({ state }) => state === undefined).map(({ entry }) => entry);
    return { items, toFetch, candidates: candidates.length, checked: candidates.length, more: candidates.length > wanted };
  }

  const items: SavedItem[] = [];
  const toFetch: SavedArticle[] = [];
  let checked = 0;
  // Once one article is still unchecked, later matches wait for it, so the list never reorders as files arrive.
  let waiting = false;
  let at = 0;
  for (; at < candidates.length && at < checkLimit && items.length < wanted; at += 1) {
    const entry = candidates[at]!;
    const state = stateOf(entry.id);
    if (state === undefined) {
      waiting = true;
      if (toFetch.length < wanted - items.length) toFetch.push(entry);
      continue;
    }
    checked += 1;
    if (waiting) continue;
    if ('failed' in state || state.file.gone || savedArticleMatches(entry, state.file, filters, manifest)) items.push({ entry, state });
  }
  return { items, toFetch, candidates: candidates.length, checked, more: at < candidates.length };
}
