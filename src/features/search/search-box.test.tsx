import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestedSite } from '@/app/testing/ingested-site';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { searchableSite } from '@/search/testing/searchable-site';
import { resultsFor } from './testing/results-region';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());
beforeAll(async () => void (await searchableSite(await ingestedSite())), 120_000);

const site = async () => searchableSite(await ingestedSite());
const searchBox = () => screen.getByRole('searchbox', { name: /search/i });

describe('the header’s search box', () => {
  it('shows ranked results as the words are typed, and gives the search one history entry', async () => {
    const { seed } = await site();
    serveSite(await site());
    const { router, user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Latest articles' });

    await user.type(searchBox(), 'stoltenberg taliban');
    const results = await resultsFor('stoltenberg taliban');
    const [first] = within(results).getAllByRole('article');
    expect(within(first!).getByRole('heading', { level: 3 })).toHaveTextContent(seed.title);
    await waitFor(() => expect(router.state.location.search).toBe('?q=stoltenberg+taliban'));

    // One entry for the whole typing: Back returns to the list as it was before the search. The router's
    // state leads React's render (navigations render in transitions): let the page draw the search's URL
    // first, as a reader sees it before pressing Back.
    await waitFor(() => expect(screen.getByRole('search')).toHaveAttribute('data-shown-query', 'stoltenberg taliban'));
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(searchBox()).toHaveValue(''));
    // The box empties as soon as the URL does; the results leave with the list's render, which a busy
    // machine may draw a moment later.
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Search results' })).not.toBeInTheDocument());
  });

  it('goes to the list from an article, and Escape clears the search, then leaves the box', async () => {
    const { seed } = await site();
    serveSite(await site());
    const { router, user } = renderApp(`/articles/${seed.id}`);
    await screen.findByRole('heading', { level: 1, name: seed.title });

    await user.type(searchBox(), 'stoltenbrg');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    const results = await resultsFor('stoltenbrg');
    expect(within(results).getAllByRole('article')[0]).toHaveTextContent(seed.title);

    await user.keyboard('{Escape}');
    expect(searchBox()).toHaveValue('');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(searchBox()).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(searchBox()).not.toHaveFocus();
  });

  it('shows the search of a ?q= URL, and is marked as the "/" shortcut’s target', async () => {
    serveSite(await site());
    renderApp('/?q=ceasefire');
    await waitFor(() => expect(searchBox()).toHaveValue('ceasefire'));
    expect(searchBox()).toHaveAttribute('data-shortcut', 'search');
    expect(screen.getByRole('search')).toContainElement(searchBox());
  });
});
