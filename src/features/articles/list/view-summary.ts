import { writeFilters, type ListFilters } from '@/data/list-filters';
import { mediumDate, monthLabel } from '@/ui/day-label';
import { paths } from '@/ui/paths';

/** One active filter or the search, as a chip shows it: its text, what it is, and the URL without it. */
export type FilterChip = { kind: 'search' | 'filter'; label: string; to: string };

type Topics = ReadonlyArray<{ slug: string; label: string }>;

/** What "hide read" (`?unread=1`) is called in the heading and on its chip. */
export const UNREAD_LABEL = 'Unread';

/**
 * What the list shows, in words: "Politics · 2020", "Search: stoltenberg", "Jens Stoltenberg".
 * The search first, then topics, names, dates and "Unread", each part as its chip says it; "Unread
 * articles" alone. Null for the whole archive.
 */
export function viewHeading(filters: ListFilters, topics: Topics): string | null {
  const parts = [
    filters.q && `Search: ${filters.q}`,
    filters.topics.map((slug) => topicLabel(slug, topics)).join(', '),
    [...filters.people, ...filters.organisations, ...filters.places].join(', '),
    dateSpanLabel(filters.from, filters.to),
  ].filter(Boolean);
  if (filters.unread) return parts.length > 0 ? [...parts, UNREAD_LABEL].join(' · ') : `${UNREAD_LABEL} articles`;
  return parts.length > 0 ? parts.join(' · ') : null;
}

/**
 * The URL of a list view: the list with these filters, or on a topic's own page (`topic`) that page
 * while the filters keep its topic.
 */
export function listViewPath(filters: ListFilters, topic: string | null): string {
  return topic !== null && filters.topics.includes(topic)
    ? paths.topic(topic) + queryOf({ ...filters, topics: filters.topics.filter((slug) => slug !== topic) })
    : paths.list(writeFilters(filters));
}

/**
 * A chip for every active filter value and the search, each linking to the same view without it. On a
 * topic's own page (`topic`), chips keep the reader on that page, and the topic's own chip leads to the list.
 */
export function filterChips(filters: ListFilters, topics: Topics, topic: string | null = null): FilterChip[] {
  const href = (next: ListFilters) => listViewPath(next, topic);
  const without = <K extends 'topics' | 'people' | 'organisations' | 'places'>(key: K, value: string) =>
    href({ ...filters, [key]: filters[key].filter((each) => each !== value) });
  const chips: FilterChip[] = [];
  if (filters.q) chips.push({ kind: 'search', label: filters.q, to: href({ ...filters, q: '' }) });
  for (const slug of filters.topics) chips.push({ kind: 'filter', label: topicLabel(slug, topics), to: without('topics', slug) });
  for (const key of ['people', 'organisations', 'places'] as const) {
    for (const name of filters[key]) chips.push({ kind: 'filter', label: name, to: without(key, name) });
  }
  const dates = dateSpanLabel(filters.from, filters.to);
  if (dates) chips.push({ kind: 'filter', label: dates, to: href({ ...filters, from: null, to: null }) });
  if (filters.unread) chips.push({ kind: 'filter', label: UNREAD_LABEL, to: href({ ...filters, unread: false }) });
  return chips;
}

/** "2020", "March 2021", "1 March 2021 to 15 March 2021", "From 1 March 2021", "Up to 15 March 2021"; null for no dates. */
export function dateSpanLabel(from: string | null, to: string | null): string | null {
  if (from && to) {
    if (from.slice(5) === '01-01' && to.slice(5) === '12-31' && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
    if (from.slice(0, 7) === to.slice(0, 7) && from.slice(8) === '01' && to === lastDayOfMonth(to)) return monthLabel(from.slice(0, 7));
    return from === to ? mediumDate(from) : `${mediumDate(from)} to ${mediumDate(to)}`;
  }
  if (from) return `From ${mediumDate(from)}`;
  if (to) return `Up to ${mediumDate(to)}`;
  return null;
}

function lastDayOfMonth(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  // Day 0 of the next month is the last of this one (UTC, so no time zone moves it).
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${isoDate.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

function topicLabel(slug: string, topics: Topics): string {
  const label = topics.find((each) => each.slug === slug)?.label ?? slug;
  return label[0]!.toUpperCase() + label.slice(1);
}

function queryOf(filters: ListFilters): string {
  const query = writeFilters(filters);
  return query ? `?${query}` : '';
}
