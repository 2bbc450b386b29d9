// One formatter for the page: toLocaleString('en-GB') builds a new one on every call, which adds up
// over the hundreds of counts a filter change redraws.
const counts = new Intl.NumberFormat('en-GB');

/** 12345 -> "12,345", as British English writes it. */
export function formatCount(count: number): string {
  return counts.format(count);
}
