import { useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { SiteManifest } from '../../../article/site-index';
import { listHeight, listLayout, rowAt, rowTop } from '../model/list-layout';
import { CardRow } from './card-row';
import { DayHeading } from './day-heading';
import { useRowMetrics } from './row-metrics';
import { drawnHeight, useVisibleRows } from './use-visible-rows';

/**
 * The list at archive scale: only the rows near the window are in the page, and each card row
 * loads its chunk of cards when it first renders. Rows have fixed heights (row-metrics.ts), so the
 * list's full height, its day headings and a saved scroll position are right from the first frame.
 */
type Props = {
  manifest: SiteManifest;
  /** Articles per day, newest first, of the articles listed: the whole archive's, or a filtered list's. */
  days: SiteManifest['days'];
  /** The archive ordinal of the nth article listed; the identity when the whole archive is listed. */
  ordinalAt?: (position: number) => number;
};

export function VirtualArticleList({ manifest, days, ordinalAt = (position) => position }: Props) {
  const layout = useMemo(() => listLayout(days), [days]);
  const heights = useRowMetrics();
  const listRef = useRef<HTMLDivElement>(null);
  const fullHeight = listHeight(layout, heights);
  const { first, last, shift } = useVisibleRows(listRef, layout, heights, fullHeight);

  const rows: ReactNode[] = [];
  for (let index = first; index <= last && index < layout.rowCount; index += 1) {
    const row = rowAt(layout, index);
    const style: CSSProperties = {
      position: 'absolute',
      top: rowTop(layout, index, heights) - shift,
      left: 0,
      width: '100%',
      height: row.kind === 'day' ? heights.day : heights.card,
      // Rows in the overscan, off screen, are kept out of the page's layout and paint until scrolled to.
      contentVisibility: 'auto',
    };
    rows.push(
      row.kind === 'day' ? (
        <DayHeading key={`day-${row.day}`} day={row.day} count={row.count} style={style} />
      ) : (
        <CardRow key={ordinalAt(row.ordinal)} ordinal={ordinalAt(row.ordinal)} manifest={manifest} style={style} />
      ),
    );
  }

  return (
    <div ref={listRef} style={{ position: 'relative', height: drawnHeight(fullHeight) }}>
      {rows}
    </div>
  );
}
