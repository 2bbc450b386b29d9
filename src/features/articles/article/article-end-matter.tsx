import type { ArticleMetadata } from '../../../article/article-schema';
import styles from './article-end-matter.module.css';

/** Lines that belong to the article but are not its text: picture captions and credits, at its foot. */
export function ArticleEndMatter({ metadata }: { metadata: ArticleMetadata | undefined }) {
  const captions = metadata?.captions ?? [];
  const credits = metadata?.credits ?? [];
  if (captions.length === 0 && credits.length === 0) return null;
  return (
    <footer className={styles.endMatter}>
      {captions.length > 0 && (
        <section aria-labelledby="captions-heading">
          <h2 id="captions-heading" className={styles.heading}>
            {captions.length === 1 ? 'Caption' : 'Captions'}
          </h2>
          <ul className={styles.list}>
            {captions.map((caption) => (
              <li key={caption}>{caption}</li>
            ))}
          </ul>
        </section>
      )}
      {credits.length > 0 && (
        <section aria-labelledby="credits-heading">
          <h2 id="credits-heading" className={styles.heading}>
            Credits
          </h2>
          <ul className={styles.list}>
            {credits.map((credit) => (
              <li key={credit}>{credit}</li>
            ))}
          </ul>
        </section>
      )}
    </footer>
  );
}
