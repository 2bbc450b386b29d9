// @vitest-environment jsdom
// (In Node, TanStack Query keeps every query: a server's cache is thrown away with its request.)
import { QueryObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { manifestQueryOptions } from '@/data/manifest-query';
import { filteredListQueryOptions, warmFilterEngine } from '@/data/filters/filtered-list-query';
import { NotFound } from '../not-found';
import { createQueryClient } from '../query-client';
import { setUpComponentTests } from '../testing/component-test-setup';
import { serveSite } from '../testing/serve-site';
import { listRoute, type ListRouteData } from './list-route';
import { forgetFailedRoutes, routeQueryOptions, type RouteAt } from './route-query';

const { site } = setUpComponentTests({ findTimeout: null });
afterEach(() => vi.useRealTimers());

/** Where the router puts a list URL: /topics/<slug> carries its slug as a parameter. */
function at(url: string): RouteAt {
  const { pathname, search } = new URL(url, 'http://localhost');
  const slug = /^\/topics\/([^/]+)$/.exec(pathname)?.[1];
  return { pathname, search, params: slug ? { slug } : {} };
}

/** The list under every filter but the search, as the page reads it from the cache. */
function cachedList(queryClient: QueryClient, data: ListRouteData) {
  return queryClient.getQueryData(filteredListQueryOptions({ ...data.filters, q: '' }).queryKey);
}

function freshClient(): QueryClient {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return queryClient;
}

describe("the list route's data", () => {
  // Every kind of URL the list answers at once (topics and dates), with values left out and a landing page.
  const urls = [
    '/',
    '/?topic=politics',
    '/?topic=politics&topic=economy-business-and-finance',
    '/?from=2020-01-01&to=2024-12-31',
    '/?topic=politics&from=2021-01-01',
    '/?topic=nope&from=not-a-date',
    '/topics/politics',
    '/topics/politics?topic=economy-business-and-finance&to=2023-12-31',
  ];

  it.each(urls)('is the same worked out at once as loaded, with the same list, at %s', async (url) => {
    const served = serveSite(site);
    const loading = freshClient();
    const loaded = await loading.fetchQuery(routeQueryOptions(listRoute, at(url)));

    // A page at rest: the manifest, columns and filter engine are here, so the route needs no loading step.
    const ready = freshClient();
    await ready.prefetchQuery(manifestQueryOptions());
    await warmFilterEngine(ready);
    const requested = served.requests.length;
    const now = listRoute.loadNow!(ready, at(url));
    expect(now).toEqual(loaded);
    expect(cachedList(ready, now!)).toEqual(cachedList(loading, loaded));
    // The route's query takes it as its data, without loading anything.
    expect(await ready.ensureQueryData(routeQueryOptions(listRoute, at(url)))).toEqual(loaded);
    expect(served.requests.length).toBe(requested);
  });

  it('is a NotFound for a topic that does not exist, and never worked out at once', async () => {
    serveSite(site);
    const queryClient = freshClient();
    await queryClient.prefetchQuery(manifestQueryOptions());
    expect(listRoute.loadNow!(queryClient, at('/topics/nope'))).toBeUndefined();
    await expect(queryClient.fetchQuery(routeQueryOptions(listRoute, at('/topics/nope')))).rejects.toBeInstanceOf(NotFound);
  });
});

describe('route queries in the cache', () => {
  it('keep a page’s data for Back while it is recent, and forget it some minutes after the page was left', async () => {
    serveSite(site);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const queryClient = freshClient();
    const options = routeQueryOptions(listRoute, at('/?topic=politics'));
    const page = new QueryObserver(queryClient, options);
    const leave = page.subscribe(() => {});
    await vi.waitFor(() => expect(queryClient.getQueryData(options.queryKey)).toBeDefined());

    leave();
    vi.advanceTimersByTime(60_000);
    expect(queryClient.getQueryData(options.queryKey)).toBeDefined();
    vi.advanceTimersByTime(10 * 60_000);
    expect(queryClient.getQueryCache().find({ queryKey: options.queryKey })).toBeUndefined();
  });

  it('forget a route that failed, and only those', async () => {
    serveSite(site);
    const queryClient = freshClient();
    const shown = routeQueryOptions(listRoute, at('/'));
    const failed = routeQueryOptions(listRoute, at('/topics/nope'));
    await queryClient.fetchQuery(shown);
    await queryClient.fetchQuery(failed).catch(() => undefined);

    forgetFailedRoutes(queryClient);
    expect(queryClient.getQueryCache().find({ queryKey: failed.queryKey })).toBeUndefined();
    expect(queryClient.getQueryData(shown.queryKey)).toBeDefined();
    expect(queryClient.getQueryData(manifestQueryOptions().queryKey)).toBeDefined();
  });
});
