import styles from './article-skeleton.module.css';

/**
 * Shown while an opened article's file and code load: the header's boxes at their usual size, then
 * lines of text. Small on purpose: it ships in the entry chunk.
 */
export function ArticleSkeleton() {
  return (
    <div className={`page-width ${styles.page}`} aria-busy="true">
      <div className={styles.kicker} />
      <div className={styles.title} />
      <div className={`${styles.title} ${styles.shortTitle}`} />
      <div className={styles.meta} />
      {[0, 1, 2, 3, 4, 5, 6, 7].map((line) => (
        <div key={line} className={styles.line} />
      ))}
      <p className="visually-hidden" role="status">
        Loading the article…
      </p>
    </div>
  );
}
