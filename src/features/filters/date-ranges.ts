import { dayNumber, isoDateOfDay } from '../../article/day-number';

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
  const counts = new Map<string, number>();
  dayCounts.forEach((count, offset) => {
    if (count === 0) return;
    const month = isoDateOfDay(firstDay + offset).slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + count);
  });
  return [...counts]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .map(([month, count]) => ({ month, from: `${month}-01`, to: lastDayOfMonth(month), count }));
}

function lastDayOfMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}
