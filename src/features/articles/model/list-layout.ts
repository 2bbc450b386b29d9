import type { SiteManifest } from '@/article/site-index';

/**
 * The list as rows, worked out from the manifest's day histogram alone: a heading row for each day,
 * then one row per article of that day. The list's full length and every heading are known before
 * any card is downloaded, so the virtual list has its final height from the first frame.
 */
export type ListLayout = {
  days: SiteManifest['days'];
  /** Row index of each day's heading. */
  headingRows: number[];
  /** Ordinal of each day's first article. */
  firstOrdinals: number[];
  rowCount: number;
};

/** `ordinal` counts the articles listed, newest first (the archive ordinal when the list is unfiltered). */
export type ListRow =
  { kind: 'day'; dayIndex: number; day: number; count: number } | { kind: 'article'; dayIndex: number; ordinal: number };

export function listLayout(days: SiteManifest['days']): ListLayout {
  const headingRows: number[] = [];
  const firstOrdinals: number[] = [];
  let row = 0;
  let ordinal = 0;
  for (const [, count] of days) {
    headingRows.push(row);
    firstOrdinals.push(ordinal);
    row += 1 + count;
    ordinal += count;
  }
  return { days, headingRows, firstOrdinals, rowCount: row };
}

export function rowAt(layout: ListLayout, row: number): ListRow {
  const dayIndex = lastAtOrBefore(layout.headingRows, row);
  const headingRow = layout.headingRows[dayIndex]!;
  const [day, count] = layout.days[dayIndex]!;
  if (row === headingRow) return { kind: 'day', dayIndex, day, count };
  return { kind: 'article', dayIndex, ordinal: layout.firstOrdinals[dayIndex]! + (row - headingRow - 1) };
}

/** Index of the last entry of an ascending array that is at most `value`. */
function lastAtOrBefore(ascending: readonly number[], value: number): number {
  let low = 0;
  let high = ascending.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (ascending[middle]! <= value) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Row heights in pixels: every day heading is one height, every card another. */
export type RowHeights = { day: number; card: number };

export function listHeight(layout: ListLayout, heights: RowHeights): number {
  return layout.days.length * heights.day + (layout.rowCount - layout.days.length) * heights.card;
}

/** How many day headings and cards are above a row. */
export function rowsAbove(layout: ListLayout, row: number): { days: number; cards: number } {
  const dayIndex = lastAtOrBefore(layout.headingRows, row);
  const days = row === layout.headingRows[dayIndex] ? dayIndex : dayIndex + 1;
  return { days, cards: row - days };
}

/** Distance of a row's top from the top of the list. */
export function rowTop(layout: ListLayout, row: number, heights: RowHeights): number {
  const { days, cards } = rowsAbove(layout, row);
  return days * heights.day + cards * heights.card;
}

/** The row at a distance from the top of the list (clamped to the list). */
export function rowAtOffset(layout: ListLayout, offset: number, heights: RowHeights): number {
  if (layout.rowCount === 0) return 0;
  // Day d starts at d headings and firstOrdinals[d] cards down: ascending, so binary search the days.
  let low = 0;
  let high = layout.days.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (dayTop(layout, middle, heights) <= offset) low = middle;
    else high = middle - 1;
  }
  const intoDay = offset - dayTop(layout, low, heights);
  if (intoDay < heights.day) return layout.headingRows[low]!;
  const count = layout.days[low]![1];
  const card = Math.min(count - 1, Math.floor((intoDay - heights.day) / heights.card));
  return layout.headingRows[low]! + 1 + card;
}

function dayTop(layout: ListLayout, dayIndex: number, heights: RowHeights): number {
  return dayIndex * heights.day + layout.firstOrdinals[dayIndex]! * heights.card;
}
