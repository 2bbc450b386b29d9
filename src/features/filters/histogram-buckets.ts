import { isoDateOfDay } from '../../article/day-number';
import { monthSpans, sumOf } from './month-spans';

export type HistogramBucket = { from: string; to: string; count: number; label: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Up to this many days, the histogram has a bar per day; beyond, a bar per month (a long archive stays readable). */
export const DAILY_UP_TO_DAYS = 92;

/**
 * Per-day counts (as the article index returns them, from `firstDay`) -> bars, oldest first: one per day
 * for a short archive, one per calendar month otherwise. Empty days and months keep their bar, so the
 * axis is time.
 */
export function histogramBuckets(dayCounts: ArrayLike<number>, firstDay: number): HistogramBucket[] {
  const length = dayCounts.length;
  if (length === 0) return [];
  if (length <= DAILY_UP_TO_DAYS) {
    return Array.from({ length }, (_, offset) => {
      const date = isoDateOfDay(firstDay + offset);
      return { from: date, to: date, count: dayCounts[offset]!, label: dayLabel(date) };
    });
  }
  // A month's range is the whole month, even where the archive starts or ends inside it.
  return monthSpans(firstDay, length).map(({ from, to, start, end }) => ({ from, to, count: sumOf(dayCounts, start, end), label: monthLabel(from) }));
}

/** Manifest days ([day, count], newest first, empty days left out) -> per-day counts from the oldest day. */
export function dayCountsOf(days: ReadonlyArray<readonly [number, number]>): { dayCounts: Uint32Array; firstDay: number } {
  if (days.length === 0) return { dayCounts: new Uint32Array(0), firstDay: 0 };
  const firstDay = days[days.length - 1]![0];
  const dayCounts = new Uint32Array(days[0]![0] - firstDay + 1);
  for (const [day, count] of days) dayCounts[day - firstDay] = count;
  return { dayCounts, firstDay };
}

/** Whether a bar lies within the chosen dates (either end open). */
export function inRange(bucket: HistogramBucket, from: string | null, to: string | null): boolean {
  if (!from && !to) return false;
  return (!from || bucket.to >= from) && (!to || bucket.from <= to);
}

export function monthLabel(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

function dayLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthLabel(date)}`;
}
