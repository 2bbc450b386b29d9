import { dayNumber } from '@/article/day-number';
import { calendarDayOf, dayOf, isoDateOf, isoDateOfDayNumber } from './calendar-days';
import { histogramUnit, periodLabel } from './histogram-buckets';
import { periodSpans, sumOf, type PeriodUnit } from './month-spans';

export type DateRange = { label: string; from: string; to: string };

/** Today's date where the reader is (the browser's clock and time zone), written YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  return isoDateOf({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }) ?? now.toISOString().slice(0, 10);
}

/**
 * Quick ranges counted back from `today` (the reader's today: "last 7 days" means what it says; an archive
 * with nothing that recent gets a way to its own newest days, newestWeek). Years are written with
 * four digits whatever their size ("Last year" before 1000 starts on 0999-01-01); a range that would start
 * before year 0 is not offered.
 */
export function quickRanges(today: string): DateRange[] {
  const last = dayNumber(today);
  const { year, month, day } = calendarDayOf(last);
  // 29 February counts back to 1 March: a year before, that day may not exist.
  const yearBefore = month === 2 && day === 29 ? dayOf(year - 1, 3, 1) : dayOf(year - 1, month, day) + 1;
  const ranges: Array<{ label: string; from: string | null; to: string | null }> = [
    { label: 'Last 7 days', from: isoDateOfDayNumber(last - 6), to: today },
    { label: 'Last 30 days', from: isoDateOfDayNumber(last - 29), to: today },
    { label: 'Last 12 months', from: isoDateOfDayNumber(yearBefore), to: today },
    { label: `This year (${year})`, from: isoDateOf({ year, month: 1, day: 1 }), to: today },
    {
      label: `Last year (${year - 1})`,
      from: isoDateOf({ year: year - 1, month: 1, day: 1 }),
      to: isoDateOf({ year: year - 1, month: 12, day: 31 }),
    },
  ];
  return ranges.filter((range): range is DateRange => range.from !== null && range.to !== null);
}

/** The archive's newest seven days, offered when a quick range finds nothing that recent. */
export function newestWeek(newest: string): DateRange {
  return { label: 'Show the archive’s newest week', from: isoDateOfDayNumber(dayNumber(newest) - 6) ?? newest, to: newest };
}

export type PeriodCount = { key: string; from: string; to: string; count: number; label: string };

/**
 * The periods a reader can pick from a list, as the histogram counts them: months while the histogram has
 * a bar per day or month, else its years, decades or centuries, so the list stays as short as the bars.
 * Newest first, empty periods left out.
 */
export function periodsOf(dayCounts: Uint32Array, firstDay: number): { unit: PeriodUnit; periods: PeriodCount[] } {
  const histogram = histogramUnit(firstDay, dayCounts.length);
  const unit = histogram === 'day' ? 'month' : histogram;
  const periods: PeriodCount[] = [];
  for (const { from, to, start, end } of periodSpans(firstDay, dayCounts.length, unit)) {
    const count = sumOf(dayCounts, start, end);
    if (count > 0) periods.push({ key: from, from, to, count, label: periodLabel(from, unit) });
  }
  return { unit, periods: periods.reverse() };
}
