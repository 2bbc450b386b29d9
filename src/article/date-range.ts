/**
 * The years an article's date may have. Dates outside them are typing slips or placeholders (0100-01-01,
 * 9999-12-31), and the reader's date arithmetic, histogram and formatting are only meant for real news
 * dates. Ingest rejects the rest; every view can rely on it. Dependency-free: the browser may use it too.
 */
export const EARLIEST_YEAR = 1000;
export const LATEST_YEAR = 2999;

/** Why a YYYY-MM-DD date's year is not accepted ("year 0100 is outside the accepted range 1000-2999"), or null. */
export function yearOutOfRange(date: string): string | null {
  const year = /^(\d{4})-/.exec(date)?.[1];
  if (year === undefined) return null;
  const value = Number(year);
  return value < EARLIEST_YEAR || value > LATEST_YEAR ? `year ${year} is outside the accepted range ${EARLIEST_YEAR}-${LATEST_YEAR}` : null;
}
