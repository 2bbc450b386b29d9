import type { Random } from './random';

export const FIRST_YEAR = 2015;
export const LAST_YEAR = 2024;
const MS_PER_DAY = 86_400_000;

/**
 * `count` dates over ten years, oldest first: later years denser (news sites publish more each year),
 * weekends quieter, and articles arriving in bursts of several on one day.
 */
export function corpusDates(random: Random, count: number): string[] {
  const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, index) => FIRST_YEAR + index);
  const dates: string[] = [];
  while (dates.length < count) {
    const year = random.weighted(years, (each) => 1 + 0.25 * (each - FIRST_YEAR));
    const start = Date.UTC(year, 0, 1);
    const daysInYear = (Date.UTC(year + 1, 0, 1) - start) / MS_PER_DAY;
    const day = new Date(start + random.int(0, daysInYear - 1) * MS_PER_DAY);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (weekend && random.chance(0.4)) continue;
    const iso = day.toISOString().slice(0, 10);
    const burst = 1 + Math.floor(random.next() ** 2 * 6);
    for (let index = 0; index < burst && dates.length < count; index += 1) dates.push(iso);
  }
  return dates.sort();
}
