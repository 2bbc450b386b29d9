import { calendarDayOf, isoDateOfDayNumber } from './calendar-days';
import { periodSpans, sumOf, type PeriodUnit } from './month-spans';

export type HistogramUnit = 'day' | PeriodUnit;

export type HistogramBucket = { from: string; to: string; count: number; label: string };

export type Histogram = { unit: HistogramUnit; buckets: HistogramBucket[] };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Up to this many days, the histogram has a bar per day (a short archive shows its days). */
export const DAILY_UP_TO_DAYS = 92;

/**
 * Beyond DAILY_UP_TO_DAYS, the finest of month, year, decade or century that needs no more bars than
 * this: one article dated centuries away from the rest must not draw thousands of bars.
 */
export const MAX_BARS = 120;

/**
 * Per-day counts (as the article index returns them, from `firstDay`) -> bars, oldest first, and what
 * one bar counts. Empty periods keep their bar, so the axis is time.
 */
export function histogramBuckets(dayCounts: ArrayLike<number>, firstDay: number): Histogram {
  const length = dayCounts.length;
  const unit = histogramUnit(firstDay, length);
  if (length === 0) return { unit, buckets: [] };
  if (unit === 'day') {
    const buckets = Array.from({ length }, (_, offset) => {
      const date = isoDateOfDayNumber(firstDay + offset)!;
      return { from: date, to: date, count: dayCounts[offset]!, label: dayLabel(date) };
    });
    return { unit, buckets };
  }
  // A period's range is the whole period, even where the archive starts or ends inside it.
  const buckets = periodSpans(firstDay, length, unit).map(({ from, to, start, end }) => ({
    from,
    to,
    count: sumOf(dayCounts, start, end),
    label: periodLabel(from, unit),
  }));
  return { unit, buckets };
}

/** Day, or the finest calendar period that keeps the bars to MAX_BARS, for the days firstDay .. firstDay + length - 1. */
export function histogramUnit(firstDay: number, length: number): HistogramUnit {
  if (length <= DAILY_UP_TO_DAYS) return 'day';
  const first = calendarDayOf(firstDay);
  const last = calendarDayOf(firstDay + length - 1);
  if ((last.year - first.year) * 12 + last.month - first.month + 1 <= MAX_BARS) return 'month';
  if (last.year - first.year + 1 <= MAX_BARS) return 'year';
  if (Math.floor(last.year / 10) - Math.floor(first.year / 10) + 1 <= MAX_BARS) return 'decade';
  // Years 0000-9999 make at most 100 centuries.
  return 'century';
}

/** Manifest days ([day, count], newest first, empty days left out) -> per-day counts from the oldest day. */
export function dayCountsOf(days: ReadonlyArray<readonly [number, number]>): { dayCounts: Uint32Array; firstDay: number } {
  if (days.length === 0) return { dayCounts: new Uint32Array(0), firstDay: 0 };
  const firstDay = days[days.length - 1]![0];
  const dayCounts = new Uint32Array(days[0]![0] - firstDay + 1);
  // An index loop: it runs once per page load, before the optimiser has seen it, where destructuring
  // through the iterator costs several times as much (about 25 ms at a phone's 4x slowdown for 3,650 days).
  for (let index = 0; index < days.length; index += 1) {
    const [day, count] = days[index]!;
    dayCounts[day - firstDay] = count;
  }
  return { dayCounts, firstDay };
}

/** Whether a bar lies within the chosen dates (either end open). */
export function inRange(bucket: HistogramBucket, from: string | null, to: string | null): boolean {
  if (!from && !to) return false;
  return (!from || bucket.to >= from) && (!to || bucket.from <= to);
}

/** What the bars low .. high cover, in words: "March 2024 to May 2024", "1900 to 2099". */
export function barsLabel(buckets: readonly HistogramBucket[], unit: HistogramUnit, low: number, high: number): string {
  const first = buckets[low]!;
  const last = buckets[high]!;
  if (low === high) return first.label;
  // "1900–1999 to 2000–2099" would say each end twice.
  if (unit === 'century') return `${yearOf(first.from)} to ${yearOf(last.to)}`;
  return `${first.label} to ${last.label}`;
}

/** "October 2020" for a date in October 2020. */
export function monthLabel(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${yearOf(date)}`;
}

/** A bar's name, from the first day of its period: "October 2020", "2020", "2020s", "1900–1999". */
export function periodLabel(from: string, unit: PeriodUnit): string {
  const year = yearOf(from);
  switch (unit) {
    case 'month':
      return monthLabel(from);
    case 'year':
      return String(year);
    case 'decade':
      return `${year}s`;
    case 'century':
      return `${year}–${year + 99}`;
  }
}

function dayLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthLabel(date)}`;
}

/** The year as a number is said ("999"); the four digits of the ISO date are only its written form. */
function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
