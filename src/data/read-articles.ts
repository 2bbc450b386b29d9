import { useSyncExternalStore } from 'react';
import { isCalendarDate } from '@/article/calendar-date';

/**
 * Which articles this browser has read: the ids opened, plus "everything dated on or before" a day,
 * which is how "mark all as read" is kept (one date, not 100,000 ids; an article a later build adds
 * with an older date counts as read too). Kept in localStorage, so it survives a reload and every tab
 * follows it; the saved articles' export carries it (features/saved). Damaged stored data is read as
 * nothing read, never as an error.
 *
 * `dates` holds the day of each id opened since days were kept: "hide read" (`?unread=1`) finds an
 * article's place in the list from its day (data/filters/read-mask.ts), reading only that day's cards.
 * An id without one (read before, or imported from an older export) is placed through its article's file.
 */
export type ReadArticles = { ids: ReadonlySet<string>; dates: ReadonlyMap<string, string>; allUpTo: string | null };

export const READ_STORAGE_KEY = 'broadsheet:read';

const NOTHING_READ: ReadArticles = { ids: new Set(), dates: new Map(), allUpTo: null };
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: ReadArticles } | null = null;
/** This tab's state when storage is refused (private mode, policies). */
let unstored: ReadArticles = NOTHING_READ;
let storageWorks = true;

export function isRead(read: ReadArticles, article: { id: string; date: string }): boolean {
  return read.ids.has(article.id) || (read.allUpTo !== null && article.date <= read.allUpTo);
}

/**
 * The stored form: `{ "ids": [...], "dates"?: { "<id>": "YYYY-MM-DD" }, "allUpTo": "YYYY-MM-DD" | null }`;
 * anything else is nothing read. A day that is not one leaves its id without a day (still read).
 */
export function parseReadArticles(raw: unknown): ReadArticles | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { ids, dates, allUpTo } = raw as { ids?: unknown; dates?: unknown; allUpTo?: unknown };
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
  if (allUpTo !== null && allUpTo !== undefined && !(typeof allUpTo === 'string' && isCalendarDate(allUpTo))) return null;
  return { ids: new Set(ids), dates: readDates(dates, ids), allUpTo: allUpTo ?? null };
}

/** The days of these ids that `value` (an object of id -> day) holds as days. */
export function readDates(value: unknown, ids: Iterable<string>): Map<string, string> {
  const dates = new Map<string, string>();
  if (typeof value !== 'object' || value === null) return dates;
  for (const id of ids) {
    const date: unknown = Object.hasOwn(value, id) ? (value as Record<string, unknown>)[id] : undefined;
    if (typeof date === 'string' && isCalendarDate(date)) dates.set(id, date);
  }
  return dates;
}

/** `{ ids, dates, allUpTo }` as stored and exported (JSON has no Set or Map). */
export function storedReadArticles(read: ReadArticles): { ids: string[]; dates: Record<string, string>; allUpTo: string | null } {
  return { ids: [...read.ids], dates: Object.fromEntries(read.dates), allUpTo: read.allUpTo };
}

export function readArticlesNow(): ReadArticles {
  if (!storageWorks) return unstored;
  let raw: string | null;
  try {
    raw = localStorage.getItem(READ_STORAGE_KEY);
  } catch {
    return unstored;
  }
  if (cached?.raw !== raw) cached = { raw, value: raw === null ? NOTHING_READ : (parseStored(raw) ?? NOTHING_READ) };
  return cached.value;
}

function parseStored(raw: string): ReadArticles | null {
  try {
    return parseReadArticles(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Replaces the whole state (an import) and tells every reader of it. */
export function writeReadArticles(next: ReadArticles): void {
  unstored = next;
  try {
    localStorage.setItem(READ_STORAGE_KEY, JSON.stringify(storedReadArticles(next)));
  } catch {
    storageWorks = false;
  }
  for (const listener of listeners) listener();
}

export function markRead(article: { id: string; date: string }): void {
  const read = readArticlesNow();
  if (isRead(read, article)) return;
  writeReadArticles({
    ids: new Set([...read.ids, article.id]),
    dates: new Map([...read.dates, [article.id, article.date]]),
    allUpTo: read.allUpTo,
  });
}

/** Everything up to the archive's newest day: the ids kept so far are then covered by the date. */
export function markAllRead(newest: string): void {
  writeReadArticles({ ids: new Set(), dates: new Map(), allUpTo: newest });
}

const stamps = new WeakMap<ReadArticles, number>();
let lastStamp = 0;

/** A number that changes whenever the read state does: part of the key of a list that hides read articles. */
export function readStamp(read: ReadArticles): number {
  let stamp = stamps.get(read);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    stamps.set(read, stamp);
  }
  return stamp;
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === READ_STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Nothing read on a page drawn at build time, so hydration draws that first; the browser's state follows. */
export function useReadArticles(): ReadArticles {
  return useSyncExternalStore(subscribe, readArticlesNow, () => NOTHING_READ);
}
