import { isListPath, paths } from '@/ui/paths';

/** Views whose list takes ?q=: the list itself and a topic's landing page. A search elsewhere goes to the list. */
export function takesSearch(pathname: string): boolean {
  return isListPath(pathname);
}

/** The URL's search (?q=), as the box should show it on this view: "" where views take no search. */
export function searchOf(pathname: string, search: string): string {
  return takesSearch(pathname) ? (new URLSearchParams(search).get('q') ?? '') : '';
}

/**
 * Where a search for `q` goes from the view at `pathname` + `search`: the same list with its filters kept
 * and ?q= first (as writeFilters writes it, so equal searches give equal URLs), or the whole list from
 * any other view. An empty `q` takes the search away and keeps the filters.
 */
export function searchHref(pathname: string, search: string, q: string): string {
  const list = takesSearch(pathname);
  const filters = new URLSearchParams(list ? search : '');
  filters.delete('q');
  const query = [q.trim() ? new URLSearchParams({ q: q.trim() }).toString() : '', filters.toString()].filter(Boolean).join('&');
  return list ? `${pathname}${query ? `?${query}` : ''}` : paths.list(query);
}
