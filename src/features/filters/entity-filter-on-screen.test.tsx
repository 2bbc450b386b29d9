import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EntityDirectory } from '@/article/site-index';
import { entityDirectoryQueryOptions } from '@/data/filters/entity-queries';
import { NO_FILTERS } from '@/data/list-filters';
import { EntityFilter } from './entity-filter';

/** An IntersectionObserver the test moves: nothing is on screen until `show()`. */
function stubIntersectionObserver() {
  const callbacks: IntersectionObserverCallback[] = [];
  class Observer {
    constructor(callback: IntersectionObserverCallback) {
      callbacks.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('IntersectionObserver', Observer);
  return {
    show: () =>
      act(() => {
        for (const callback of callbacks) callback([{ isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
      }),
  };
}

const directory: EntityDirectory = {
  shards: 4,
  top: 2,
  entries: [
    ['Jens Stoltenberg', 12],
    ['Ursula von der Leyen', 7],
  ],
};

function renderPeopleFilter() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(entityDirectoryQueryOptions('people').queryKey, directory);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <EntityFilter kind="people" legend="People" filters={{ ...NO_FILTERS, q: 'harbour' }} onChange={() => {}} />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  const countsAsked = () =>
    client
      .getQueryCache()
      .findAll({ queryKey: ['entity-counts'] })
      .some((query) => query.state.fetchStatus !== 'idle' || query.state.dataUpdateCount > 0);
  return { countsAsked };
}

afterEach(() => vi.unstubAllGlobals());

describe('the people filter under a search', () => {
  it('counts its names under the search only once the group is on screen, showing the archive counts till then', async () => {
    const screenEdge = stubIntersectionObserver();
    const { countsAsked } = renderPeopleFilter();
    expect(screen.getByRole('checkbox', { name: /Jens Stoltenberg/ })).toBeInTheDocument();
    expect(screen.getByText(/12/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(countsAsked()).toBe(false);

    screenEdge.show();
    await vi.waitFor(() => expect(countsAsked()).toBe(true));
  });
});
