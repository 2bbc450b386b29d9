import { useEffect, useState, type RefObject } from 'react';
import { rowAt, rowAtOffset, type ListLayout, type RowHeights } from '../model/list-layout';
import { fullOffset } from './use-visible-rows';
import { onWindowFrames } from './window-frames';

type Day = ListLayout['days'][number];

/**
 * Which day's cards are at the top of the window (its entry in the layout's days); null while the list's own
 * top is in view (its first heading shows itself). Read after each scroll, at most once a frame, and
 * only re-renders when the day changes. The first render reads nothing (the list's first view does not
 * wait on it): one measurement follows a frame later.
 */
export function useDayAtTop(
  listRef: RefObject<HTMLElement | null>,
  layout: ListLayout,
  heights: RowHeights,
  fullHeight: number,
  enabled: boolean,
): Day | null {
  // Kept with its layout: a filter change brings another layout, whose day is read on the next frame.
  const [shown, setShown] = useState<{ layout: ListLayout; day: Day } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const update = () => {
      const list = listRef.current;
      if (!list || layout.rowCount === 0) return;
      const scrolled = -list.getBoundingClientRect().top;
      const viewport = window.innerHeight || document.documentElement.clientHeight;
      const row = scrolled <= 0 ? null : rowAt(layout, rowAtOffset(layout, fullOffset(scrolled, fullHeight, viewport), heights));
      const day = row ? layout.days[row.dayIndex]! : null;
      setShown((current) => (current?.day === day && current.layout === layout ? current : day && { layout, day }));
    };
    const frames = onWindowFrames(update);
    // A list restored scrolled down (Back, a reload) shows its day without waiting for a scroll.
    frames.schedule();
    return frames.stop;
  }, [listRef, layout, heights, fullHeight, enabled]);
  return enabled && shown?.layout === layout ? shown.day : null;
}
