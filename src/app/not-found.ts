import { data } from 'react-router';

/** What a 404 response carries, so the not-found page can say what was missing. */
export type NotFoundDetail = { missing: 'page' } | { missing: 'article'; id: string };

/** Thrown from loaders: the route error boundary renders the not-found page for it. */
export function notFound(detail: NotFoundDetail) {
  return data(detail, { status: 404, statusText: 'Not Found' });
}
