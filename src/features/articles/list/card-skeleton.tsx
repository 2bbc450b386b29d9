import type { CSSProperties } from 'react';
import cardStyles from '@/ui/article-card.module.css';
import styles from './skeleton.module.css';

/** A card's placeholder, drawn with the card's own boxes so the real card replaces it without a shift. */
export function CardSkeleton({ style }: { style?: CSSProperties }) {
  return (
    <div className={cardStyles.card} style={style} aria-hidden="true">
      <div className={cardStyles.title}>
        <span className={`${styles.bar} ${styles.medium}`} />
      </div>
      <div className={cardStyles.excerpt}>
        <span className={styles.bar} />
      </div>
      <div className={cardStyles.metaRow}>
        <span className={`${styles.bar} ${styles.short}`} />
      </div>
    </div>
  );
}
