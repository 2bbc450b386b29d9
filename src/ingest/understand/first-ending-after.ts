/**
 * The index of the first span that ends after `at` (spans.length when none does), for spans in text order
 * that never overlap, whose ends therefore rise: a binary search, for articles of thousands of quotes.
 */
export function firstEndingAfter(spans: ReadonlyArray<{ end: number }>, at: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}
