import { dayNumber, isoDateOfDay } from '../../article/day-number';
import { monthSpans, sumOf } from './month-spans';

export type DateRange = { label: string; from: string; to: string };

/**
 * Quick ranges counted back from the newest article, not from today: an archive that stopped in 2024 still
 * has a useful "last 30 days".
 */
export function quickRanges(newest: string): DateRange[] {
  const last = dayNumber(newest);
  const year = newest.slice(0, 4);
  const previousYear = String(Number(year) - 1);
  return [
    { label: 'Last 7 days', from: isoDateOfDay(last - 6), to: newest },
    { label: 'Last 30 days', from: isoDateOfDay(last - 29), to: newest },
    { label: 'Last 12 months', from: isoDateOfDay(dayNumber(`${previousYear}${newest.slice(4)}`.replace(/-02-29$/, '-02-28')) + 1), to: newest },
    { label: `This year (${year})`, from: `${year}-01-01`, to: newest },
    { label: `Last year (${previousYear})`, from: `${previousYear}-01-01`, to: `${previousYear}-12-31` },
  ];
}

export type MonthCount = { month: string; from: string; to: string; count: number };

/** Per-day counts (as the article index returns them) -> per-month counts, newest month first, empty months left out. */
export function monthsOf(dayCounts: Uint32Array, firstDay: number): MonthCount[] {
  const months: MonthCount[] = [];
  for (const { month, from, to, start, end } of monthSpans(firstDay, dayCounts.length)) {
    const count = sumOf(dayCounts, start, end);
    if (count > 0) months.push({ month, from, to, count });
  }
  return months.reverse();
}
