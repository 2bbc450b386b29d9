import { useSuspenseQuery } from '@tanstack/react-query';
import { manifestQueryOptions } from '../api/manifest-query';
import { ListIntro } from './list-intro';
import styles from './list-page.module.css';
import { VirtualArticleList } from './virtual-article-list';

/** `/`: every article, newest first, grouped by day. */
export function ListPage() {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  return (
    <div className={`page-width ${styles.page}`}>
      <title>Broadsheet: the latest articles</title>
      <ListIntro manifest={manifest} />
      {manifest.articleCount > 0 ? (
        <VirtualArticleList manifest={manifest} days={manifest.days} />
      ) : (
        <p className={styles.empty}>There are no articles yet.</p>
      )}
    </div>
  );
}
