import { notFound } from '../not-found';

/** Any path the site does not have: a 404 response, rendered by the route error boundary. */
export function notFoundLoader(): never {
  throw notFound({ missing: 'page' });
}
