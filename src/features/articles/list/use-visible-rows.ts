import { useLayoutEffect, useState, type RefObject } from 'react';
import { rowAtOffset, type ListLayout, type RowHeights } from '../model/list-layout';

export type RowRange = { first: number; last: number };

/** Rows drawn beyond each edge of the window, so a quick scroll or Tab finds them already there. */
const OVERSCAN_PX = 1200;

/**
 * A window virtualizer for rows of known heights: which rows of the list overlap the window (plus
 * a margin). Recomputed at most once a frame while scrolling, and only re-renders when the range of
 * rows changes. With fixed heights this is arithmetic (list-layout.ts), so no library is needed.
 */
export function useVisibleRows(listRef: RefObject<HTMLElement | null>, layout: ListLayout, heights: RowHeights): RowRange {
  const [range, setRange] = useState<RowRange>(() => ({ first: 0, last: Math.min(layout.rowCount - 1, 12) }));

  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const list = listRef.current;
      if (!list) return;
      const top = list.getBoundingClientRect().top;
      const viewport = window.innerHeight || document.documentElement.clientHeight;
      const first = rowAtOffset(layout, Math.max(0, -top - OVERSCAN_PX), heights);
      const last = rowAtOffset(layout, Math.max(0, -top + viewport + OVERSCAN_PX), heights);
      setRange((current) => (current.first === first && current.last === last ? current : { first, last }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [listRef, layout, heights]);

  return range;
}
