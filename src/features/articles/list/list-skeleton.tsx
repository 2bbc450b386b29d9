import { CardSkeleton } from './card-skeleton';
import { ListIntro } from './list-intro';
import styles from './list-page.module.css';
import { useRowMetrics } from './row-metrics';

/**
 * Shown while the first view's data and code load: the list's own boxes at their final sizes, so
 * nothing moves when the articles arrive. Small on purpose: it ships in the entry chunk.
 */
export function ListSkeleton() {
  const metrics = useRowMetrics();
  return (
    <div className={`page-width ${styles.page} ${styles.loading}`} aria-busy="true">
      <ListIntro />
      <div className={styles.skeletonDay} style={{ height: metrics.day }} aria-hidden="true">
        <span className={styles.skeletonDayName} />
      </div>
      {[0, 1, 2, 3].map((index) => (
        <CardSkeleton key={index} style={{ height: metrics.card }} />
      ))}
      <p className="visually-hidden" role="status">
        Loading the latest articles…
      </p>
    </div>
  );
}
