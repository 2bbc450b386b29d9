import { describe, expect, it } from 'vitest';
import { listHeight, listLayout, rowAt, rowAtOffset, rowsAbove, rowTop } from './list-layout';

// Three days, newest first: 2 articles, 1 article, 3 articles.
const days: Array<[number, number]> = [
  [18_600, 2],
  [18_590, 1],
  [18_500, 3],
];
const heights = { day: 50, card: 200 };

describe('listLayout', () => {
  const layout = listLayout(days);

  it('puts a heading row before each day', () => {
    expect(layout.rowCount).toBe(9);
    expect([...Array(layout.rowCount).keys()].map((row) => rowAt(layout, row))).toEqual([
      { kind: 'day', dayIndex: 0, day: 18_600, count: 2 },
      { kind: 'article', dayIndex: 0, ordinal: 0 },
      { kind: 'article', dayIndex: 0, ordinal: 1 },
      { kind: 'day', dayIndex: 1, day: 18_590, count: 1 },
      { kind: 'article', dayIndex: 1, ordinal: 2 },
      { kind: 'day', dayIndex: 2, day: 18_500, count: 3 },
      { kind: 'article', dayIndex: 2, ordinal: 3 },
      { kind: 'article', dayIndex: 2, ordinal: 4 },
      { kind: 'article', dayIndex: 2, ordinal: 5 },
    ]);
  });

  it('knows every row position and the full height from the histogram alone', () => {
    expect(listHeight(layout, heights)).toBe(3 * 50 + 6 * 200);
    const tops = [...Array(layout.rowCount).keys()].map((row) => rowTop(layout, row, heights));
    expect(tops).toEqual([0, 50, 250, 450, 500, 700, 750, 950, 1150]);
  });

  it('counts the headings and cards above each row', () => {
    expect([0, 1, 3, 4, 8].map((row) => rowsAbove(layout, row))).toEqual([
      { days: 0, cards: 0 },
      { days: 1, cards: 0 },
      { days: 1, cards: 2 },
      { days: 2, cards: 2 },
      { days: 3, cards: 5 },
    ]);
  });

  it('finds the row at any offset, the inverse of rowTop', () => {
    for (let row = 0; row < layout.rowCount; row += 1) {
      const top = rowTop(layout, row, heights);
      expect(rowAtOffset(layout, top, heights)).toBe(row);
      expect(rowAtOffset(layout, top + 49, heights)).toBe(row);
    }
    expect(rowAtOffset(layout, 0, heights)).toBe(0);
    expect(rowAtOffset(layout, 1_000_000, heights)).toBe(8);
  });

  it('handles an empty archive', () => {
    const empty = listLayout([]);
    expect(empty.rowCount).toBe(0);
    expect(listHeight(empty, heights)).toBe(0);
    expect(rowAtOffset(empty, 100, heights)).toBe(0);
  });

  it('stays exact at archive scale', () => {
    // 100,000 articles over ten years.
    const big: Array<[number, number]> = [];
    let left = 100_000;
    for (let day = 20_000; left > 0; day -= 1) {
      const count = Math.min(left, 20 + (day % 17));
      big.push([day, count]);
      left -= count;
    }
    const layout = listLayout(big);
    expect(layout.rowCount).toBe(100_000 + big.length);
    const last = layout.rowCount - 1;
    expect(rowAt(layout, last)).toEqual({ kind: 'article', dayIndex: big.length - 1, ordinal: 99_999 });
    expect(rowTop(layout, last, heights) + heights.card).toBe(listHeight(layout, heights));
    expect(rowAtOffset(layout, rowTop(layout, 54_321, heights) + 10, heights)).toBe(54_321);
  });
});
