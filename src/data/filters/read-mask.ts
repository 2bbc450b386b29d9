import type { QueryClient } from '@tanstack/react-query';
import { dayNumber } from '@/article/day-number';
import type { SiteManifest } from '@/article/site-index';
import { articleQueryOptions } from '../article-query';
import { cardPlace } from '../card-chunks';
import { cardsChunkQueryOptions } from '../cards-query';
import { readArticlesNow, writeReadArticles, type ReadArticles } from '../read-articles';
import { firstOrdinalOnOrBefore } from './article-index';

type Layout = Pick<SiteManifest, 'chunkSize' | 'articleCount'>;

/**
 * "Hide read" (`?unread=1`) as a mask over ordinals: 1 for an article this browser has not read. Read
 * state is kept by id and the filters work on ordinals, so each read id is placed in the list through
 * its day: the day's ordinals come from the days column, and only the card chunks that hold that day
 * are read (usually ones the list has already loaded), never the whole archive's cards. "Mark all as
 * read" is a date, so it is one run of ordinals. An id kept without a day, or no longer on its day (a
 * rebuild moved it), is placed through its article's file, and the day learnt is kept for next time;
 * an id whose article has left the archive hides nothing.
 */
export async function unreadMask(queryClient: QueryClient, manifest: Layout, days: Int32Array, read: ReadArticles): Promise<Uint8Array> {
  const mask = new Uint8Array(days.length).fill(1);
  if (read.allUpTo !== null) mask.fill(0, firstOrdinalOnOrBefore(days, dayNumber(read.allUpTo)));
  const covered = (date: string) => read.allUpTo !== null && date <= read.allUpTo;

  const byDate = new Map<string, string[]>();
  const undated: string[] = [];
  for (const id of read.ids) {
    const date = read.dates.get(id);
    if (date === undefined) undated.push(id);
    else if (!covered(date)) byDate.set(date, [...(byDate.get(date) ?? []), id]);
  }
  const missing = await placeOnDays(queryClient, manifest, days, byDate, mask);

  // Placed through their own files: each article's day, then its place on that day.
  const learnt = new Map<string, string>();
  await Promise.all(
    [...undated, ...missing].map(async (id) => {
      const date = await dateOfArticle(queryClient, id);
      if (date !== null) learnt.set(id, date);
    }),
  );
  const again = new Map<string, string[]>();
  for (const [id, date] of learnt) if (!covered(date)) again.set(date, [...(again.get(date) ?? []), id]);
  await placeOnDays(queryClient, manifest, days, again, mask);
  rememberReadDates(learnt);
  return mask;
}

/** Clears the mask at each id found on its day; returns the ids that are not there. */
async function placeOnDays(
  queryClient: QueryClient,
  manifest: Layout,
  days: Int32Array,
  idsByDate: ReadonlyMap<string, readonly string[]>,
  mask: Uint8Array,
): Promise<string[]> {
  const missing: string[] = [];
  await Promise.all(
    [...idsByDate].map(async ([date, ids]) => {
      const day = dayNumber(date);
      const start = firstOrdinalOnOrBefore(days, day);
      const end = firstOrdinalOnOrBefore(days, day - 1);
      const wanted = new Set(ids);
      for (const { ordinal, id } of await cardsOf(queryClient, manifest, start, end)) {
        if (wanted.delete(id)) mask[ordinal] = 0;
      }
      missing.push(...wanted);
    }),
  );
  return missing;
}

/** The ids of the cards at ordinals [start, end), from the chunks that hold them (cached ones are not fetched again). */
async function cardsOf(
  queryClient: QueryClient,
  manifest: Layout,
  start: number,
  end: number,
): Promise<Array<{ ordinal: number; id: string }>> {
  const places = [];
  for (let ordinal = start; ordinal < end; ordinal += 1) places.push({ ordinal, ...cardPlace(ordinal, manifest) });
  const chunks = new Map<number, Promise<ReadonlyArray<{ id: string }>>>();
  for (const { chunk } of places) {
    if (!chunks.has(chunk)) chunks.set(chunk, queryClient.ensureQueryData(cardsChunkQueryOptions(chunk)));
  }
  return Promise.all(places.map(async ({ ordinal, chunk, index }) => ({ ordinal, id: (await chunks.get(chunk)!)[index]?.id ?? '' })));
}

/**
 * The day of an article from its own file; null when it has left the archive, or its file cannot be had
 * now (offline, damaged): the article is then listed, its card still saying "Read", rather than the
 * whole list failing for one file.
 */
async function dateOfArticle(queryClient: QueryClient, id: string): Promise<string | null> {
  try {
    return (await queryClient.ensureQueryData(articleQueryOptions(id))).date;
  } catch {
    return null;
  }
}

/**
 * Days learnt for ids stored without one (or whose article has moved to another day), kept so they are
 * placed from their day next time; the same articles stay read. Here, not with the read state, as only
 * hiding read articles needs it (the list's first view does not load it).
 */
function rememberReadDates(learnt: ReadonlyMap<string, string>): void {
  const read = readArticlesNow();
  const known = [...learnt].filter(([id, date]) => read.ids.has(id) && read.dates.get(id) !== date);
  if (known.length > 0) writeReadArticles({ ...read, dates: new Map([...read.dates, ...known]) });
}
