import { isCalendarDate } from '@/article/calendar-date';

/**
 * Every filter of the list, as the URL holds it (a public contract: bookmarks depend on it):
 *   ?q=<search>  ?topic=<slug> (repeatable)  ?from=YYYY-MM-DD  ?to=YYYY-MM-DD (both inclusive)
 *   ?person=<name>  ?organisation=<name>  ?place=<name> (each repeatable)
 *   ?unread=1 (hide the articles this browser has read: data/read-articles.ts)
 * Several values of one kind match any of them; different kinds must all match.
 */
export type ListFilters = {
  q: string;
  topics: string[];
  from: string | null;
  to: string | null;
  people: string[];
  organisations: string[];
  places: string[];
  unread: boolean;
};

export const NO_FILTERS: ListFilters = Object.freeze({
  q: '',
  topics: [],
  from: null,
  to: null,
  people: [],
  organisations: [],
  places: [],
  unread: false,
}) as ListFilters;

/** URL parameter of each repeatable list, in the order they are written. */
const LIST_PARAMS = [
  ['topics', 'topic'],
  ['people', 'person'],
  ['organisations', 'organisation'],
  ['places', 'place'],
] as const;

export type ReadFilters = { filters: ListFilters; notices: string[] };

/**
 * Reads the filters from a query string. Values that cannot be honoured (`from=banana`, an unknown topic) are
 * left out and described in `notices`, for the page to show: a bad bookmark never breaks the list.
 */
export function readFilters(params: URLSearchParams, topicSlugs: ReadonlySet<string>): ReadFilters {
  const notices: string[] = [];
  const distinct = (values: string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

  const topics = distinct(params.getAll('topic')).filter((slug) => {
    if (topicSlugs.has(slug)) return true;
    notices.push(`There is no topic “${slug}”, so it was left out.`);
    return false;
  });
  const date = (name: 'from' | 'to') => {
    const value = params.get(name)?.trim();
    if (!value) return null;
    if (isCalendarDate(value)) return value;
    notices.push(`“${value}” is not a date written YYYY-MM-DD, so the “${name}” date was left out.`);
    return null;
  };
  let from = date('from');
  let to = date('to');
  if (from && to && from > to) {
    notices.push(`The dates were the wrong way round (${from} is after ${to}), so they were swapped.`);
    [from, to] = [to, from];
  }
  const unread = params.get('unread')?.trim();
  if (unread && unread !== '1') notices.push(`“unread=${unread}” is not “unread=1”, so read articles are shown.`);
  return {
    filters: {
      q: params.get('q')?.trim() ?? '',
      topics,
      from,
      to,
      people: distinct(params.getAll('person')),
      organisations: distinct(params.getAll('organisation')),
      places: distinct(params.getAll('place')),
      unread: unread === '1',
    },
    notices,
  };
}

/** The canonical query string for these filters ("" for none), so equal filters always give equal URLs. */
export function writeFilters(filters: ListFilters): string {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  for (const slug of filters.topics) params.append('topic', slug);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  for (const [key, param] of LIST_PARAMS.slice(1)) for (const value of filters[key]) params.append(param, value);
  if (filters.unread) params.set('unread', '1');
  return params.toString();
}

export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.q || filters.from || filters.to || filters.unread || LIST_PARAMS.some(([key]) => filters[key].length > 0));
}

/** The same filters with one value of a list added or taken away. */
export function toggleFilterValue(filters: ListFilters, key: (typeof LIST_PARAMS)[number][0], value: string): ListFilters {
  const current = filters[key];
  return { ...filters, [key]: current.includes(value) ? current.filter((each) => each !== value) : [...current, value] };
}
