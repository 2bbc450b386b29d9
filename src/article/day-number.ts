const MS_PER_DAY = 86_400_000;

/** "2020-10-21" -> days since 1970-01-01: dates as small integers, for the histogram and the columns. */
export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
