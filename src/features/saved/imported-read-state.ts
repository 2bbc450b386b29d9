/**
 * The read state carried by an export of saved articles (`"read": { "ids": [...], "dates": {...}, "allUpTo": ... }`), read
 * back as untrusted input like the saved entries: ids that are not article ids, and a date that is not a
 * calendar day, are left out and counted; what is good is added to this browser's read state, never
 * taking any away (an article read here stays read).
 */
import { isCalendarDate } from '@/article/calendar-date';
import { isArticleId } from '@/article/article-id-format';
import { readDates, storedReadArticles, type ReadArticles } from '@/data/read-articles';

/** Read ids an import takes at most: a year of heavy reading is a few thousand; more is not an export. */
export const READ_IMPORT_LIMIT = 100_000;

export type ReadImportReport = {
  /** Articles newly marked as read by id. */
  marked: number;
  /** The day up to which everything is now read, when the file moved it later; else null. */
  allUpTo: string | null;
  /** Ids that are not article ids, and a bad allUpTo; -1 when the read state is not an object with a list of ids. */
  bad: number;
  /** Ids in the file: more than READ_IMPORT_LIMIT means only the first READ_IMPORT_LIMIT were read. */
  listed: number;
};

/** The exported form of a browser's read state: as stored (an older export has no `dates`). */
export const exportedReadState = storedReadArticles;

/** `current` with the good part of a file's read state added, and what was done; null when the file has none. */
export function withImportedReadState(current: ReadArticles, value: unknown): { next: ReadArticles; report: ReadImportReport } | null {
  if (value === undefined) return null;
  const { ids, dates, allUpTo } = (typeof value === 'object' && value !== null ? value : {}) as {
    ids?: unknown;
    dates?: unknown;
    allUpTo?: unknown;
  };
  if (!Array.isArray(ids)) return { next: current, report: { marked: 0, allUpTo: null, bad: -1, listed: 0 } };
  const next = new Set(current.ids);
  const added: string[] = [];
  let bad = 0;
  for (const id of ids.slice(0, READ_IMPORT_LIMIT)) {
    if (typeof id !== 'string' || !isArticleId(id)) bad += 1;
    else if (!next.has(id)) {
      next.add(id);
      added.push(id);
    }
  }
  // The days of the ids this file adds (this browser's own days of the others stay).
  const nextDates = new Map([...current.dates, ...readDates(dates, added)]);
  const goodUpTo = typeof allUpTo === 'string' && isCalendarDate(allUpTo) ? allUpTo : null;
  if (allUpTo !== null && allUpTo !== undefined && goodUpTo === null) bad += 1;
  const later = goodUpTo !== null && (current.allUpTo === null || goodUpTo > current.allUpTo) ? goodUpTo : null;
  return {
    next: { ids: next, dates: nextDates, allUpTo: later ?? current.allUpTo },
    report: { marked: next.size - current.ids.size, allUpTo: later, bad, listed: ids.length },
  };
}
