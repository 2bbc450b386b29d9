/**
 * What a saved entry must be, for entries read back from storage and from an imported file: both are
 * untrusted (hand-edited, written by an older version, damaged). A bad entry is dropped and counted; it
 * never reaches a view.
 *
 * zod's mini build (some 5 KB) with the article format's own checks: the id pattern (isArticleId) and a
 * real calendar day (isCalendarDate). The article schema's zod pieces are not used here because the full
 * build they need would add some 90 KB to the browser's code.
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '@/article/calendar-date';
import { isArticleId } from '@/article/article-id-format';
import type { SavedArticle } from './saved-articles-store';

/** Longer than any headline; a longer "title" is not one, and would bloat storage. */
const TITLE_LIMIT = 1000;

const savedEntry = z.object({
  id: z.string().check(z.refine(isArticleId, 'is not an article id')),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(TITLE_LIMIT)),
  date: z.string().check(z.refine(isCalendarDate, 'is not a calendar day written YYYY-MM-DD')),
  // When it was saved only orders the list: an entry without a readable time is kept, listed last.
  savedAt: z.catch(z.iso.datetime({ offset: true }), ''),
});

export type SavedEntries = {
  /** The good entries in their order, each id once (its first entry wins). */
  entries: SavedArticle[];
  /** Entries that are not saved articles (bad id, date or title; not an object). */
  bad: number;
  /** Later entries for an id already listed. */
  repeated: number;
};

/** Checks every entry of a list: keeps the good ones, each id once, and counts what was left out. */
export function readSavedEntries(list: readonly unknown[]): SavedEntries {
  const entries: SavedArticle[] = [];
  const seen = new Set<string>();
  let bad = 0;
  let repeated = 0;
  for (const candidate of list) {
    const result = savedEntry.safeParse(candidate);
    if (!result.success) bad += 1;
    else if (seen.has(result.data.id)) repeated += 1;
    else {
      seen.add(result.data.id);
      entries.push(result.data);
    }
  }
  return { entries, bad, repeated };
}
