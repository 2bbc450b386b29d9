import type { SiteManifest } from '@/article/site-index';
import { mediumDate } from '@/ui/day-label';
import styles from './list-page.module.css';
import { formatCount } from '@/ui/format-count';

/** The page's heading and what the archive holds; the skeleton draws the same box. */
export function ListIntro({ manifest }: { manifest?: Pick<SiteManifest, 'articleCount' | 'newest' | 'oldest'> }) {
  return (
    <header className={styles.intro}>
      <h1 className={styles.heading}>Latest articles</h1>
      <p className={styles.summary}>{manifest ? summaryOf(manifest) : <span className={styles.summaryPlaceholder} />}</p>
    </header>
  );
}

function summaryOf({ articleCount, newest, oldest }: Pick<SiteManifest, 'articleCount' | 'newest' | 'oldest'>): string {
  const count = articleCount === 1 ? '1 article' : `${formatCount(articleCount)} articles`;
  if (!newest || !oldest) return count;
  if (newest === oldest) return `${count} from ${mediumDate(newest)}`;
  return `${count} from ${mediumDate(oldest)} to ${mediumDate(newest)}, newest first`;
}
