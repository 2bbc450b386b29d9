import { Link } from 'react-router';
import { paths } from '../ui/paths';
import type { NotFoundDetail } from './not-found';
import styles from './message-page.module.css';

export function NotFoundPage({ detail }: { detail: NotFoundDetail }) {
  const heading = { article: 'Article not found', person: 'Person not found', page: 'Page not found' }[detail.missing];
  const text = {
    article: 'There is no article at this address. It may have been removed, or the link may be mistyped.',
    person: 'Nobody in the archive is quoted under this name. The link may be mistyped, or their articles removed.',
    page: 'There is nothing at this address. The link may be mistyped or out of date.',
  }[detail.missing];
  return (
    <div className={`page-width ${styles.page}`}>
      <title>{`${heading} · Broadsheet`}</title>
      <p className={styles.code}>404</p>
      <h1 className={styles.heading}>{heading}</h1>
      <p className={styles.text}>{text}</p>
      <p className={styles.actions}>
        <Link to={paths.list()}>Go to the latest articles</Link>
        {detail.missing === 'person' && <Link to={paths.people()}>See everyone quoted</Link>}
      </p>
    </div>
  );
}
