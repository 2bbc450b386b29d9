import { DataNotFound } from '@/data/data-errors';
import { readFilters, type ListFilters } from '@/data/list-filters';
import { manifestQueryOptions } from '@/data/manifest-query';
import { peopleIndexQueryOptions, personQueryOptions } from '@/data/people-query';
import { ArticleSkeleton } from '@/features/articles/article/article-skeleton';
import type { QueryClient } from '@tanstack/react-query';
import { NotFound } from '../not-found';
import { lazyPage, type AppRoute } from './app-route';
import type { RouteAt } from './route-query';
import { routeTable } from './route-table';

/** What both people pages get: the list's filters as the URL has them, and notices about values left out. */
export type PeopleRouteData = { filters: ListFilters; notices: string[] };
export type PersonRouteData = PeopleRouteData & { slug: string };

/**
 * The list's filters, read by the list's own parser (src/data/list-filters.ts). The names filters of the list
 * (?person=, ?organisation=, ?place=) mean nothing here: said, not silently dropped.
 */
function readPeopleFilters(queryClient: QueryClient, { search }: RouteAt): PeopleRouteData | undefined {
  const manifest = queryClient.getQueryData(manifestQueryOptions().queryKey);
  if (!manifest) return undefined;
  const { filters, notices } = readFilters(new URLSearchParams(search), new Set(manifest.topics.map((topic) => topic.slug)));
  if (filters.people.length + filters.organisations.length + filters.places.length > 0) {
    notices.push('The people pages filter by topic, date and words only, so the person, organisation and place filters were left out.');
  }
  return { filters: { ...filters, people: [], organisations: [], places: [] }, notices };
}

/** `/people`: the most quoted, first. Name, topic and date filters read their further files in the page. */
export const peopleRoute: AppRoute<PeopleRouteData> = {
  name: 'people',
  view: routeTable.people,
  ...lazyPage(async () => (await import('@/features/people/people-page')).PeoplePage),
  Skeleton: ArticleSkeleton,
  load: async (queryClient, at) => {
    await Promise.all([queryClient.ensureQueryData(manifestQueryOptions()), queryClient.ensureQueryData(peopleIndexQueryOptions())]);
    return readPeopleFilters(queryClient, at)!;
  },
  // Typing in the name box changes the URL at each key: the page is drawn again at once, not after a loading step.
  loadNow: (queryClient, at) =>
    queryClient.getQueryData(peopleIndexQueryOptions().queryKey) ? readPeopleFilters(queryClient, at) : undefined,
};

/** `/people/<slug>`: one speaker's file (none: a not-found page); older pages are read by the page when needed. */
export const personRoute: AppRoute<PersonRouteData> = {
  name: 'person',
  view: routeTable.person,
  ...lazyPage(async () => (await import('@/features/people/person-page')).PersonPage),
  Skeleton: ArticleSkeleton,
  load: async (queryClient, at) => {
    const slug = at.params.slug ?? '';
    const person = queryClient.ensureQueryData(personQueryOptions(slug)).catch((error: unknown) => {
      throw error instanceof DataNotFound ? new NotFound({ missing: 'person', slug }) : error;
    });
    await Promise.all([queryClient.ensureQueryData(manifestQueryOptions()), person]);
    return { slug, ...readPeopleFilters(queryClient, at)! };
  },
  loadNow: (queryClient, at) => {
    const slug = at.params.slug ?? '';
    if (!queryClient.getQueryData(personQueryOptions(slug).queryKey)) return undefined;
    const data = readPeopleFilters(queryClient, at);
    return data && { slug, ...data };
  },
};
