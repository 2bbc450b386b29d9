// Written out by hand rather than with Intl.NumberFormat: the first Intl formatter a page makes loads the
// locale's data, which took 130-310 ms of the main thread on a throttled phone (measured in Chromium at
// 4x CPU slowdown), all of it while the first view starts. Counts are whole numbers, and British English
// groups their digits in threes with commas, which needs no locale data.

/** 12345 -> "12,345", as British English writes it. */
export function formatCount(count: number): string {
  const digits = String(Math.abs(Math.trunc(count)));
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${grouped}` : grouped;
}
