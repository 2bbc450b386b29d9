import { useSyncExternalStore } from 'react';
import { useHref } from 'react-router';
import { longDate } from '@/ui/day-label';
import { paths } from '@/ui/paths';
import styles from './print-line.module.css';

type Props = { article: { id: string; date: string } };

const noChange = () => () => {};

/**
 * Shown on paper only: the site's name, the article's address and its date, so a printed copy says where
 * it came from. The address is the page's own once the browser has it (the site may live under a base
 * path, which useHref adds); a page drawn at build time prints the path until then.
 */
export function PrintLine({ article }: Props) {
  const href = useHref(paths.article(article.id));
  const address = useSyncExternalStore(
    noChange,
    () => new URL(href, window.location.origin).href,
    () => href,
  );
  return (
    <p className={styles.line} data-print="only">
      Broadsheet · <span className={styles.address}>{address}</span> · <time dateTime={article.date}>{longDate(article.date)}</time>
    </p>
  );
}
