import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { manifestQueryOptions } from '@/data/manifest-query';
import { ListIntro } from './list-intro';
import styles from './list-page.module.css';
import { VirtualArticleList } from './virtual-article-list';

/** `/`: every article, newest first, grouped by day. */
export function ListPage() {
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  useWarmArticleView();
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

/** Once the list has shown and the browser is idle, fetch the article view's code, so the first click opens at once. */
export function useWarmArticleView(): void {
  useEffect(() => {
    const warm = () => void import('../article/article-page').catch(() => undefined);
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(warm, 2000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(warm, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, []);
}
