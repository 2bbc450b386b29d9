/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, as src/article/day-number.ts counts them) that
 * holds for every year an article can carry. The plain Date calls go wrong at the edges: `Date.UTC(50, 0, 1)`
 * is 1950, `String(999)` is not a four-digit year, and `Date.parse('10000-01-01')` is NaN. Everything here is
 * in UTC, so no time zone can move a day.
 */

const MS_PER_DAY = 86_400_000;

export type CalendarDay = { year: number; month: number; day: number };

/** The day number of a calendar day (month 1-12); a day past the month's end runs on into the next month. */
export function dayOf(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear takes the year as written: unlike Date.UTC, it leaves years 0-99 alone.
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function calendarDayOf(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** YYYY-MM-DD, or null for a day outside years 0000-9999 (which that form cannot write). */
export function isoDateOf({ year, month, day }: CalendarDay): string | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO date of a day number, or null outside years 0000-9999. */
export function isoDateOfDayNumber(dayNumber: number): string | null {
  return Number.isFinite(dayNumber) ? isoDateOf(calendarDayOf(dayNumber)) : null;
}
