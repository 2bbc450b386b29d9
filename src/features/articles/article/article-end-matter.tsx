import type { ArticleMetadata } from '@/article/article-schema';
import styles from './article-end-matter.module.css';

/** Lines that belong to the article but are not its text: picture captions and credits, at its foot. */
export function ArticleEndMatter({ metadata }: { metadata: ArticleMetadata | undefined }) {
  const captions = metadata?.captions ?? [];
  const credits = metadata?.credits ?? [];
  if (captions.length === 0 && credits.length === 0) return null;
  return (
    <footer className={styles.endMatter}>
      <LabelledLines id="captions-heading" label={captions.length === 1 ? 'Caption' : 'Captions'} lines={captions} />
      <LabelledLines id="credits-heading" label="Credits" lines={credits} />
    </footer>
  );
}

function LabelledLines({ id, label, lines }: { id: string; label: string; lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {label}
      </h2>
      <ul className={styles.list}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
