import { routePaths } from './paths';

/**
 * The list a card is opened from, as a filter query string (`topic=politics&q=nato`): a card's link
 * carries it into the article's history state, so j/k and Previous/Next on the article page follow that
 * list, and still do after a reload or Back. Null off the list: the article page then follows the whole
 * archive. Parameters that are not filters (`?unread=1`) ride along; the article page reads filters only.
 */
export function listOriginAt(pathname: string, search: string): string | null {
  const query = search.replace(/^\?/, '');
  if (pathname === routePaths.list) return query || null;
  const topicPrefix = routePaths.topic.replace(/:\w+$/, '');
  if (!pathname.startsWith(topicPrefix)) return null;
  const topic = new URLSearchParams({ topic: decodeURIComponent(pathname.slice(topicPrefix.length)) }).toString();
  return query ? `${topic}&${query}` : topic;
}

type OriginState = { fromList: string };

/** The history state an article link carries; undefined for the whole archive. */
export function listOriginState(origin: string | null): OriginState | undefined {
  return origin ? { fromList: origin } : undefined;
}

/** The list's query string from an article page's history state (untrusted: any page could push it). */
export function listOriginOf(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const { fromList } = state as Partial<OriginState>;
  return typeof fromList === 'string' && fromList !== '' ? fromList : null;
}
