import { calendarDayOf, dayOf, isoDateOf, isoDateOfDayNumber, type CalendarDay } from './calendar-days';

/** Calendar periods a run of days can be cut into (a day is one bar of its own, with no span to work out). */
export type PeriodUnit = 'month' | 'year' | 'decade' | 'century';

/** A calendar period within a run of days: `start` and `end` (exclusive) are offsets into the run. */
export type PeriodSpan = { from: string; to: string; start: number; end: number };

const spansByRun = new Map<string, PeriodSpan[]>();

/**
 * The whole calendar months, years, decades (2020-2029) or centuries (1900-1999) that the days firstDay ..
 * firstDay + length - 1 fall in, oldest first, each with the whole period's first and last dates. Works for
 * any year 0000-9999, the last period included. The archive's run of days is the same for every filter, so
 * this is worked out once per unit: a filter change only adds up counts (no date is formatted per day).
 */
export function periodSpans(firstDay: number, length: number, unit: PeriodUnit): PeriodSpan[] {
  const key = `${unit}:${firstDay}:${length}`;
  let spans = spansByRun.get(key);
  if (spans) return spans;
  spans = [];
  let period = periodStart(calendarDayOf(firstDay), unit);
  let start = 0;
  while (length > 0 && start < length) {
    const next = nextPeriod(period, unit);
    const nextStart = dayOf(next.year, next.month, 1) - firstDay;
    const from = isoDateOf(period);
    const to = isoDateOfDayNumber(firstDay + nextStart - 1);
    // A day number beyond year 9999 cannot come from an article's date; stop rather than write a bad date.
    if (from === null || to === null) break;
    spans.push({ from, to, start, end: Math.min(nextStart, length) });
    [period, start] = [next, nextStart];
  }
  spansByRun.set(key, spans);
  return spans;
}

function periodStart({ year, month }: CalendarDay, unit: PeriodUnit): CalendarDay {
  if (unit === 'month') return { year, month, day: 1 };
  const years = YEARS_IN[unit];
  return { year: year - (year % years), month: 1, day: 1 };
}

function nextPeriod({ year, month }: CalendarDay, unit: PeriodUnit): CalendarDay {
  if (unit === 'month') return month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return { year: year + YEARS_IN[unit], month: 1, day: 1 };
}

const YEARS_IN = { year: 1, decade: 10, century: 100 } as const;

/** The sum of counts[start .. end - 1]. */
export function sumOf(counts: ArrayLike<number>, start: number, end: number): number {
  let sum = 0;
  for (let offset = start; offset < end; offset += 1) sum += counts[offset]!;
  return sum;
}
