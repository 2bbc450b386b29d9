import { dayNumber, isoDateOfDay } from '../../article/day-number';

/** A calendar month within a run of days: `start` and `end` (exclusive) are offsets into the run. */
export type MonthSpan = { month: string; from: string; to: string; start: number; end: number };

const spansByRun = new Map<string, MonthSpan[]>();

/**
 * The calendar months that the days firstDay .. firstDay + length - 1 fall in, oldest first, each with
 * the whole month's first and last dates. The archive's run of days is the same for every filter, so
 * this is worked out once: a filter change only adds up counts (no date is formatted per day).
 */
export function monthSpans(firstDay: number, length: number): MonthSpan[] {
  const key = `${firstDay}:${length}`;
  let spans = spansByRun.get(key);
  if (spans) return spans;
  spans = [];
  if (length > 0) {
    const [firstYear, firstMonth] = isoDateOfDay(firstDay).split('-').map(Number) as [number, number];
    let year = firstYear;
    let month = firstMonth;
    let start = 0;
    while (start < length) {
      const from = `${year}-${String(month).padStart(2, '0')}-01`;
      const nextYear = month === 12 ? year + 1 : year;
      const nextMonth = month === 12 ? 1 : month + 1;
      const nextStart = dayNumber(`${nextYear}-${String(nextMonth).padStart(2, '0')}-01`) - firstDay;
      spans.push({ month: from.slice(0, 7), from, to: isoDateOfDay(firstDay + nextStart - 1), start, end: Math.min(nextStart, length) });
      [year, month, start] = [nextYear, nextMonth, nextStart];
    }
  }
  spansByRun.set(key, spans);
  return spans;
}

/** The sum of counts[start .. end - 1]. */
export function sumOf(counts: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let offset = start; offset < end; offset += 1) sum += counts[offset]!;
  return sum;
}
