import { memo, type CSSProperties } from 'react';
import { isoDateOfDay } from '@/article/day-number';
import { longDate } from '@/ui/day-label';
import styles from './day-heading.module.css';
import { samePlace } from './same-place';
import { formatCount } from '@/ui/format-count';

type Props = {
  day: number;
  count: number;
  style?: CSSProperties;
  /**
   * The copy kept at the top of the window while the day's cards scroll under it (virtual-article-list.tsx):
   * not a heading, and hidden from assistive technology, which reads the day's real heading once.
   */
  keptInView?: boolean;
};

/** "Wednesday 21 October 2020", heading one day's articles in the list. */
export const DayHeading = memo(function DayHeading({ day, count, style, keptInView = false }: Props) {
  const isoDate = isoDateOfDay(day);
  const Name = keptInView ? 'p' : 'h2';
  return (
    <div
      className={keptInView ? `${styles.day} ${styles.keptInView}` : styles.day}
      style={style}
      aria-hidden={keptInView || undefined}
      data-day-in-view={keptInView ? isoDate : undefined}
    >
      <Name className={styles.name}>
        <time dateTime={isoDate}>{longDate(isoDate)}</time>
      </Name>
      <p className={styles.count}>{count === 1 ? '1 article' : `${formatCount(count)} articles`}</p>
    </div>
  );
}, sameHeading);

function sameHeading(before: Props, after: Props): boolean {
  return (
    before.day === after.day &&
    before.count === after.count &&
    before.keptInView === after.keptInView &&
    samePlace(before.style, after.style)
  );
}
