import { DataNotFound } from '@/data/data-errors';
import { readFilters } from '@/data/list-filters';
import { manifestQueryOptions } from '@/data/manifest-query';
import { peopleIndexQueryOptions, personQueryOptions } from '@/data/people-query';
import type { QueryClient } from '@tanstack/react-query';
import { NotFound } from '../not-found';
import type { PeopleRouteData, PersonRouteData } from './people-routes';
import type { RouteAt } from './route-query';

/**
 * The people pages' data, split from the entry with their pages (people-routes.ts loads it): the list's
 * first view never needs it. The list's filters, read by the list's own parser (src/data/list-filters.ts);
 * the names filters of the list (?person=, ?organisation=, ?place=) mean nothing here: said, not silently
 * dropped.
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

export async function loadPeople(queryClient: QueryClient, at: RouteAt): Promise<PeopleRouteData> {
  await Promise.all([queryClient.ensureQueryData(manifestQueryOptions()), queryClient.ensureQueryData(peopleIndexQueryOptions())]);
  return readPeopleFilters(queryClient, at)!;
}

export function loadPeopleNow(queryClient: QueryClient, at: RouteAt): PeopleRouteData | undefined {
  return queryClient.getQueryData(peopleIndexQueryOptions().queryKey) ? readPeopleFilters(queryClient, at) : undefined;
}

export async function loadPerson(queryClient: QueryClient, at: RouteAt): Promise<PersonRouteData> {
  const slug = at.params.slug ?? '';
  const person = queryClient.ensureQueryData(personQueryOptions(slug)).catch((error: unknown) => {
    throw error instanceof DataNotFound ? new NotFound({ missing: 'person', slug }) : error;
  });
  await Promise.all([queryClient.ensureQueryData(manifestQueryOptions()), person]);
  return { slug, ...readPeopleFilters(queryClient, at)! };
}

export function loadPersonNow(queryClient: QueryClient, at: RouteAt): PersonRouteData | undefined {
  const slug = at.params.slug ?? '';
  if (!queryClient.getQueryData(personQueryOptions(slug).queryKey)) return undefined;
  const data = readPeopleFilters(queryClient, at);
  return data && { slug, ...data };
}
