import { Link } from 'react-router';
import { paths } from '../ui/paths';
import type { NotFoundDetail } from './not-found';
import styles from './message-page.module.css';

export function NotFoundPage({ detail }: { detail: NotFoundDetail }) {
  const heading = detail.missing === 'article' ? 'Article not found' : 'Page not found';
  return (
    <div className={`page-width ${styles.page}`}>
      <title>{`${heading} · Broadsheet`}</title>
      <p className={styles.code}>404</p>
      <h1 className={styles.heading}>{heading}</h1>
      <p className={styles.text}>
        {detail.missing === 'article'
          ? 'There is no article at this address. It may have been removed, or the link may be mistyped.'
          : 'There is nothing at this address. The link may be mistyped or out of date.'}
      </p>
      <p className={styles.actions}>
        <Link to={paths.list()}>Go to the latest articles</Link>
      </p>
    </div>
  );
}
