import { memo, type CSSProperties } from 'react';
import { isoDateOfDay } from '@/article/day-number';
import { longDate } from '@/ui/day-label';
import styles from './day-heading.module.css';
import { samePlace } from './same-place';
import { formatCount } from '@/ui/format-count';

type Props = { day: number; count: number; style?: CSSProperties };

/** "Wednesday 21 October 2020", heading one day's articles in the list. */
export const DayHeading = memo(function DayHeading({ day, count, style }: Props) {
  const isoDate = isoDateOfDay(day);
  return (
    <div className={styles.day} style={style}>
      <h2 className={styles.name}>
        <time dateTime={isoDate}>{longDate(isoDate)}</time>
      </h2>
      <p className={styles.count}>{count === 1 ? '1 article' : `${formatCount(count)} articles`}</p>
    </div>
  );
}, sameHeading);

function sameHeading(before: Props, after: Props): boolean {
  return before.day === after.day && before.count === after.count && samePlace(before.style, after.style);
}
