import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import type { SiteManifest } from '@/article/site-index';
import { listHeight, listLayout, rowAt, rowsAbove } from '../model/list-layout';
import { CardRow } from './card-row';
import type { ShownList } from './card-places';
import { cardPlace } from '@/data/card-chunks';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { DayHeading } from './day-heading';
import { useListDensity, type ListDensity } from './list-density';
import { useDayAtTop } from './use-day-at-top';
import { useReturnFocus } from './use-return-focus';
import { ROW_REM_BY_DENSITY, useRowMetrics } from './row-metrics';
import { MAX_DRAWN_HEIGHT, useVisibleRows } from './use-visible-rows';
import styles from './virtual-article-list.module.css';

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

/** The row heights of both layouts of a density, which the stylesheet picks between by the window's width. */
const rowHeightsOf = (density: ListDensity) => {
  const heights = ROW_REM_BY_DENSITY[density];
  return {
    '--row-day-narrow': `${heights.narrow.day}rem`,
    '--row-card-narrow': `${heights.narrow.card}rem`,
    '--row-day-wide': `${heights.wide.day}rem`,
    '--row-card-wide': `${heights.wide.card}rem`,
  } as CSSProperties;
};

export function VirtualArticleList({ manifest, days, ordinalAt = (position) => position }: Props) {
  const density = useListDensity();
  // Headlines only: one line per article, each with its date, and no day headings between them (one
  // heading row of no height stands for them all, so the layout's arithmetic is unchanged).
  const layout = useMemo(() => listLayout(density === 'headlines' ? asOneDay(days) : days), [days, density]);
  const heights = useRowMetrics(density);
  const listRef = useRef<HTMLDivElement>(null);
  const fullHeight = listHeight(layout, heights);
  const { first, last, shift } = useVisibleRows(listRef, layout, heights, fullHeight);
  const dayAtTop = useDayAtTop(listRef, layout, heights, fullHeight, density !== 'headlines');
  // Read only after Back (use-return-focus.ts): kept current without work on render.
  const queryClient = useQueryClient();
  const shown = useRef<ShownList | null>(null);
  useEffect(() => {
    shown.current = {
      count: layout.rowCount - layout.days.length,
      ordinalAt,
      articleAt: async (ordinal) => {
        const { chunk, index } = cardPlace(ordinal, manifest);
        return (await queryClient.fetchQuery(cardsChunkQueryOptions(chunk)))[index];
      },
    };
  });
  useReturnFocus(listRef, shown);

  const rows: ReactNode[] = [];
  // The first day's heading is drawn even when only its cards are near the window, so the page's
  // outline never jumps from the h1 to a card's h3.
  const firstRow = first < layout.rowCount ? rowAt(layout, first) : null;
  const from = firstRow?.kind === 'article' && density !== 'headlines' ? layout.headingRows[firstRow.dayIndex]! : first;
  for (let index = from; index <= last && index < layout.rowCount; index += 1) {
    if (index < first && index !== from) continue;
    const row = rowAt(layout, index);
    const style: CSSProperties = {
      position: 'absolute',
      top: lengthOf(rowsAbove(layout, index), shift),
      left: 0,
      width: '100%',
      height: row.kind === 'day' ? 'var(--row-day)' : 'var(--row-card)',
      // Rows in the overscan, off screen, are kept out of the page's layout and paint until scrolled to.
      contentVisibility: 'auto',
    };
    if (row.kind === 'day' && density === 'headlines') continue;
    rows.push(
      row.kind === 'day' ? (
        <DayHeading key={`day-${row.day}`} day={row.day} count={row.count} style={style} />
      ) : (
        <CardRow key={ordinalAt(row.ordinal)} ordinal={ordinalAt(row.ordinal)} manifest={manifest} style={style} />
      ),
    );
  }

  const full = { days: layout.days.length, cards: layout.rowCount - layout.days.length };
  return (
    <>
      {/* The day headings are the list's h2s; with none drawn, one for screen readers keeps the outline whole. */}
      {density === 'headlines' && <h2 className="visually-hidden">Headlines</h2>}
      <div
        ref={listRef}
        className={styles.rows}
        data-density={density}
        // The skip link's target (app/skip-link.tsx): focus lands just before the first article.
        tabIndex={-1}
        data-skip-target=""
        style={{ ...rowHeightsOf(density), height: `min(${MAX_DRAWN_HEIGHT}px, ${lengthOf(full, 0)})` }}
      >
        {/* The day of the cards at the window's top stays in view over them; the real headings scroll by. */}
        {dayAtTop && <DayHeading day={dayAtTop[0]} count={dayAtTop[1]} keptInView />}
        {rows}
      </div>
    </>
  );
}

/** The height of so many headings and cards, less a shift in pixels, in CSS. */
function lengthOf({ days, cards }: { days: number; cards: number }, shift: number): string {
  return `calc(${days} * var(--row-day) + ${cards} * var(--row-card)${shift ? ` - ${shift}px` : ''})`;
}

/** Every article under one day: the layout of a list with no day headings. */
function asOneDay(days: SiteManifest['days']): SiteManifest['days'] {
  if (days.length === 0) return days;
  return [[days[0]![0], days.reduce((total, [, count]) => total + count, 0)]];
}
