import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { rowAtOffset, type ListLayout, type RowHeights } from '../model/list-layout';
import { onWindowFrames } from './window-frames';

/**
 * Rows to draw, and `shift`: how far above its place in the full list each row is drawn. The shift
 * is 0 unless the list is compressed (see MAX_DRAWN_HEIGHT).
 */
export type RowRange = { first: number; last: number; shift: number };

/**
 * Rows drawn beyond each edge of the window, so a quick scroll or Tab finds them already there: several
 * compact cards, and more than a fast wheel moves in a frame. Every row drawn is also laid out again when
 * the filters change: at 1,200 px the list's cards made a filter change at 100,000 articles 54 ms (median)
 * and 147 ms (95th percentile); at 600 px, 46 and 84 ms (400 px was no quicker).
 */
const OVERSCAN_PX = 600;

/**
 * A new list (a filter change) first draws the rows in the window, with this margin for the list moving a
 * little (a notice above it), and its overscan once they are painted: a list of compact cards has about as
 * many rows in its overscan as in the window, and drawing them all at once made the change's commit twice as long.
 */
const FIRST_DRAW_MARGIN_PX = 100;

/**
 * Browsers cap an element's height (Firefox at about 17.9 million px, Chrome and Safari at about
 * 33.5 million): 100,000 cards are taller than Firefox's cap. Beyond this height the list is drawn
 * compressed: its box is this tall, and scrolling through it moves through the full list a little
 * faster than the wheel, so every row stays reachable.
 */
export const MAX_DRAWN_HEIGHT = 15_000_000;

/** Where the window was over the list when it was last measured: its top's offset into the list, and its height. */
type WindowAt = { scrolled: number; viewport: number };

/** What the rows are drawn for: a new list (a filter change) or new heights (a resize) start again from the window. */
type ListShape = { layout: ListLayout; heights: RowHeights; fullHeight: number };
/** The rows drawn, and the list they were drawn for (its full height follows from these two). */
type Drawn = RowRange & Pick<ListShape, 'layout' | 'heights'>;

/**
 * A window virtualizer for rows of known heights: which rows of the list overlap the window (plus
 * a margin). Recomputed at most once a frame while scrolling, and only re-renders when the range of
 * rows changes. With fixed heights this is arithmetic (list-layout.ts), so no library is needed.
 */
export function useVisibleRows(
  listRef: RefObject<HTMLElement | null>,
  layout: ListLayout,
  heights: RowHeights,
  fullHeight: number,
): RowRange {
  // Where the window was over the list when it was last measured. A ref, not state: it changes with every
  // scrolled frame, the rows only now and then.
  const lastWindow = useRef<WindowAt | null>(null);
  const [drawn, setDrawn] = useState<Drawn>(() => ({ ...firstRows(layout), layout, heights }));
  let range: RowRange = drawn;
  if (drawn.layout !== layout || drawn.heights !== heights) {
    // A new list is drawn in the render that brings it, from where the window was, without asking the browser
    // for a layout of the page it is still changing: the rows in the window, and the overscan once painted.
    range = lastWindow.current ? rowsOver(lastWindow.current, { layout, heights, fullHeight }, FIRST_DRAW_MARGIN_PX) : firstRows(layout);
    setDrawn({ ...range, layout, heights });
  }

  useLayoutEffect(() => {
    const update = () => {
      const list = listRef.current;
      if (!list) return;
      const viewport = window.innerHeight || document.documentElement.clientHeight;
      const scrolled = Math.max(0, -list.getBoundingClientRect().top);
      lastWindow.current = { scrolled, viewport };
      const { first, last, shift } = rowsOver(lastWindow.current, { layout, heights, fullHeight }, OVERSCAN_PX);
      setDrawn((current) =>
        current.first === first &&
        current.last === last &&
        current.shift === shift &&
        current.layout === layout &&
        current.heights === heights
          ? current
          : { first, last, shift, layout, heights },
      );
    };
    // Drawn in the same frame as the scroll (as TanStack Virtual does), so a jump, such as the
    // restored position on Back, never shows a frame of empty list.
    const frames = onWindowFrames(() => flushSync(update));
    if (!lastWindow.current) {
      update();
      return frames.stop;
    }
    // The overscan, measured again, in a task after the next frame: once the rows in the window are painted.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => flushSync(update));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      frames.stop();
    };
  }, [listRef, layout, heights, fullHeight]);

  return range;
}

/** Before the window is measured: the top of the list. */
function firstRows(layout: ListLayout): RowRange {
  return { first: 0, last: Math.min(layout.rowCount - 1, 12), shift: 0 };
}

/** The rows of the list that a window over it shows, and `margin` pixels beyond each of its edges. */
function rowsOver({ scrolled, viewport }: WindowAt, { layout, heights, fullHeight }: ListShape, margin: number): RowRange {
  const shift = Math.round(fullOffset(scrolled, fullHeight, viewport) - scrolled);
  const first = rowAtOffset(layout, Math.max(0, scrolled + shift - margin), heights);
  const last = rowAtOffset(layout, scrolled + shift + viewport + margin, heights);
  return { first, last, shift };
}

/** The drawn box's height: the list's own, up to the browsers' limit. */
export function drawnHeight(fullHeight: number): number {
  return Math.min(fullHeight, MAX_DRAWN_HEIGHT);
}

/**
 * Where in the full list a scroll offset into the drawn box is: linear from the top until the box's
 * end reaches the window's bottom, so both ends line up; past that (the footer showing) the rows
 * move with the page.
 */
export function fullOffset(scrolled: number, fullHeight: number, viewport: number): number {
  const drawn = drawnHeight(fullHeight);
  if (drawn === fullHeight || drawn <= viewport) return scrolled;
  if (scrolled >= drawn - viewport) return scrolled + (fullHeight - drawn);
  return (scrolled * (fullHeight - viewport)) / (drawn - viewport);
}
