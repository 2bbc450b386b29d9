import { monthLabel } from '@/ui/day-label';
import { formatCount } from '@/ui/format-count';
import styles from './people-pages.module.css';

/** The newest months shown: ten years is as far as a row of bars stays readable. */
const MAX_MONTHS = 120;

/**
 * How often someone is quoted, a bar a month from their first quotation to their last (months without one are
 * bars of nothing, so gaps show). A list, so a screen reader reads each month with its count.
 */
export function MonthChart({ months }: { months: ReadonlyArray<readonly [string, number]> }) {
  if (months.length === 0) return null;
  const counts = new Map(months);
  const newest = months[0]![0];
  const oldest = months.at(-1)![0];
  const all: string[] = [];
  for (let month = newest; month >= oldest && all.length < MAX_MONTHS; month = previousMonth(month)) all.push(month);
  all.reverse();
  const most = Math.max(...months.map(([, count]) => count));
  return (
    <figure className={styles.chart}>
      <figcaption className={styles.chartCaption}>
        Quotations by month, {monthLabel(all[0]!)} to {monthLabel(newest)}
      </figcaption>
      <ol className={styles.bars}>
        {all.map((month) => {
          const count = counts.get(month) ?? 0;
          return (
            <li key={month} className={styles.bar} title={`${monthLabel(month)}: ${formatCount(count)}`}>
              <span className={styles.barFill} style={{ height: `${(count / most) * 100}%` }} aria-hidden="true" />
              <span className="visually-hidden">{`${monthLabel(month)}: ${formatCount(count)}`}</span>
            </li>
          );
        })}
      </ol>
    </figure>
  );
}

function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7));
  return index === 1 ? `${String(year - 1).padStart(4, '0')}-12` : `${month.slice(0, 4)}-${String(index - 1).padStart(2, '0')}`;
}
