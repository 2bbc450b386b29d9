import type { CSSProperties } from 'react';
import cardStyles from '@/ui/article-card.module.css';
import styles from './skeleton.module.css';

/** A card's placeholder, drawn in the card's own grid so the real card replaces it without a shift. */
export function CardSkeleton({ style }: { style?: CSSProperties }) {
  return (
    <div className={cardStyles.card} style={style} aria-hidden="true">
      <p className={cardStyles.topics}>
        <span className={`${styles.bar} ${styles.short}`} />
      </p>
      <div className={cardStyles.body}>
        <div className={styles.title}>
          <span className={styles.bar} />
          <span className={`${styles.bar} ${styles.medium}`} />
        </div>
        <div className={styles.excerpt}>
          <span className={styles.bar} />
          <span className={`${styles.bar} ${styles.medium}`} />
        </div>
      </div>
    </div>
  );
}
