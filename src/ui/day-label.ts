const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Spelled out rather than Intl-formatted: ICU versions disagree on the comma after the weekday, and
// these labels are part of what the tests and readers see.

/** "2020-10-21" -> "Wednesday 21 October 2020". */
export function longDate(isoDate: string): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2020-10-21" -> "21 October 2020". */
export function mediumDate(isoDate: string): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "2020-10-21" -> "21 Oct 2020". */
export function shortDate(isoDate: string): string {
  const date = utcDate(isoDate);
  if (!date) return isoDate;
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]!.slice(0, 3)} ${date.getUTCFullYear()}`;
}

/** "2021-03" -> "March 2021". */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/** The day at midnight UTC (so no time zone moves it); null for anything that is not a date, shown then as written. */
function utcDate(isoDate: string): Date | null {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}
