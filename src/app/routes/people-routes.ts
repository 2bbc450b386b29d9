import type { ListFilters } from '@/data/list-filters';
import type * as PeopleRouteDataModule from './people-route-data';
import { ArticleSkeleton } from '@/features/articles/article/article-skeleton';
import { lazyPage, type AppRoute } from './app-route';
import { routeTable } from './route-table';

/** What both people pages get: the list's filters as the URL has them, and notices about values left out. */
export type PeopleRouteData = { filters: ListFilters; notices: string[] };
export type PersonRouteData = PeopleRouteData & { slug: string };

/**
 * The people pages' data code (people-route-data.ts) is split from the entry, as their pages are: the list's
 * first view never runs it. Once loaded (by the first visit or a warm-up), a filter change on these pages
 * is drawn at once (loadNow), as before.
 */
let dataModule: typeof PeopleRouteDataModule | undefined;
const loadDataModule = async () => (dataModule ??= await import('./people-route-data'));

/** `/people`: the most quoted, first. Name, topic and date filters read their further files in the page. */
export const peopleRoute: AppRoute<PeopleRouteData> = {
  name: 'people',
  view: routeTable.people,
  ...lazyPage(async () => (await import('@/features/people/people-page')).PeoplePage),
  Skeleton: ArticleSkeleton,
  load: async (queryClient, at) => (await loadDataModule()).loadPeople(queryClient, at),
  // Typing in the name box changes the URL at each key: the page is drawn again at once, not after a loading step.
  loadNow: (queryClient, at) => dataModule?.loadPeopleNow(queryClient, at),
};

/** `/people/<slug>`: one speaker's file (none: a not-found page); older pages are read by the page when needed. */
export const personRoute: AppRoute<PersonRouteData> = {
  name: 'person',
  view: routeTable.person,
  ...lazyPage(async () => (await import('@/features/people/person-page')).PersonPage),
  Skeleton: ArticleSkeleton,
  load: async (queryClient, at) => (await loadDataModule()).loadPerson(queryClient, at),
  loadNow: (queryClient, at) => dataModule?.loadPersonNow(queryClient, at),
};
