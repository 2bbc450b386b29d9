import type { FallbackProps } from 'react-error-boundary';
import { Link } from 'react-router';
import { DataMalformed, DataNotFound, DataUnavailable } from '@/data/data-errors';
import { paths } from '../ui/paths';
import { RetryButton } from '../ui/retry-button';
import styles from './message-page.module.css';
import { NotFound } from './not-found';
import { NotFoundPage } from './not-found-page';

/**
 * What a page shows when its route failed, inside the site's frame: a 404 is the not-found page;
 * anything else says what went wrong in plain words and offers to try again, so the reader never
 * meets a white screen.
 */
export function RouteErrorPage({ error, resetErrorBoundary }: FallbackProps) {
  const retry = () => resetErrorBoundary();
  if (error instanceof NotFound) return <NotFoundPage detail={error.detail} />;
  // Offline, a file the service worker does not keep is not an error: say what can still be read.
  if (error instanceof DataUnavailable && error.status === null && !navigator.onLine) {
    const heading = error.url.includes('/data/articles/') ? 'This article is not available offline' : 'You are offline';
    return <ErrorMessage heading={heading} text={OFFLINE_TEXT} onRetry={retry} role="status" />;
  }
  if (error instanceof Error) {
    // The browser keeps a failed import for the life of the document, and a lazy view keeps its
    // failure too: only loading the page again fetches the code.
    const onRetry = isCodeLoadFailure(error) ? () => window.location.reload() : retry;
    return <ErrorMessage {...describe(error)} detail={error.message} onRetry={onRetry} />;
  }
  return <ErrorMessage heading="Something went wrong" text="The page could not be shown." onRetry={retry} />;
}

/**
 * A view's code (a lazily loaded chunk, or the stylesheet Vite loads before it) could not be fetched:
 * the connection dropped, or a new deployment replaced the files this page was built with. Browsers
 * word it differently (Chromium, Firefox, Safari, Vite's preload).
 */
function isCodeLoadFailure(error: Error): boolean {
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    error.message,
  );
}

function describe(error: Error): { heading: string; text: string } {
  if (isCodeLoadFailure(error)) {
    return {
      heading: 'Could not load this page',
      text: 'Part of Broadsheet could not be downloaded: the connection failed, or the site has just been updated. Retry loads the page again.',
    };
  }
  if (error instanceof DataUnavailable) {
    return {
      heading: 'Could not load this page',
      text: 'The connection failed or the site did not answer. Check your connection and try again.',
    };
  }
  if (error instanceof DataMalformed) {
    return {
      heading: error.url.includes('/data/articles/') ? 'This article could not be shown' : 'The archive could not be read',
      text: 'Its data file is damaged. Other articles are not affected.',
    };
  }
  if (error instanceof DataNotFound) {
    return { heading: 'The archive is incomplete', text: 'A data file the page needs is missing from the site.' };
  }
  return { heading: 'Something went wrong', text: 'The page could not be shown because of an error in Broadsheet.' };
}

const OFFLINE_TEXT =
  'You are offline, and this browser keeps only your saved articles and the last 50 you read. It opens once you are back online.';

type ErrorMessageProps = { heading: string; text: string; detail?: string; onRetry: () => void; role?: 'alert' | 'status' };

function ErrorMessage({ heading, text, detail, onRetry, role = 'alert' }: ErrorMessageProps) {
  return (
    <div className={`page-width ${styles.page}`} role={role}>
      <title>{`${heading} · Broadsheet`}</title>
      <h1 className={styles.heading}>{heading}</h1>
      <p className={styles.text}>{text}</p>
      {detail && <p className={styles.detail}>{detail}</p>}
      <p className={styles.actions}>
        <RetryButton onRetry={onRetry} prominent />
        <Link to={paths.list()}>Go to the latest articles</Link>
      </p>
    </div>
  );
}
