import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchSentence, optionNamed, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site, countOf, qcodeOf } = setUpComponentTests();

describe('the filter panel', () => {
  afterEach(() => vi.useRealTimers());

  it('combines a topic and dates (both must match), each change a new URL that Back walks through', async () => {
    const year = site.manifest.newest!.slice(0, 4);
    // The quick ranges count from today: on the archive's newest day, "This year" is its year. Only Date is faked.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${site.manifest.newest}T12:00:00`));
    serveSite(site);
    const { router, user } = renderApp('/');
    const panel = await screen.findByRole('region', { name: 'Filters' });
    await user.click(within(panel).getByRole('checkbox', { name: optionNamed('politics') }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics'));
    await user.click(within(panel).getByRole('button', { name: `This year (${year})` }));
    await waitFor(() => expect(router.state.location.search).toBe(`?topic=politics&from=${year}-01-01&to=${site.manifest.newest}`));
    const both = countOf((article) => article.topics.includes(qcodeOf('politics')) && article.date >= `${year}-01-01`);
    expect(await screen.findByText(matchSentence(both))).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Filters (2 chosen)' })).toHaveAttribute('aria-expanded', 'false');

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics'));
    expect(await screen.findByText(matchSentence(countOf((article) => article.topics.includes(qcodeOf('politics')))))).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Filters' })).getByRole('checkbox', { name: optionNamed('politics') })).toBeChecked();
  });

  it('clears every filter with one link', async () => {
    serveSite(site);
    const { router, user } = renderApp('/?topic=politics&from=2020-01-01&place=Brennick');
    const panel = await screen.findByRole('region', { name: 'Filters' });
    await user.click(within(panel).getByRole('link', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText(`${site.manifest.articleCount} articles`)).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Filters' })).queryByRole('link', { name: 'Clear all filters' })).toBeNull();
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const newest = site.manifest.newest!;
    expect(countOf((article) => article.topics.includes(qcodeOf('sport')) && article.date === newest)).toBe(0);
    serveSite(site);
    const { router, user } = renderApp(`/?topic=sport&from=${newest}`);
    expect(await screen.findByText('No articles match these filters.')).toBeInTheDocument();
    expect(screen.getByText('No articles match')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Clear the filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText(`${site.manifest.articleCount} articles`)).toBeInTheDocument();
  });

  it('folds away behind a button that says how many filters are chosen', async () => {
    serveSite(site);
    const { user } = renderApp('/?topic=politics&topic=sport');
    const toggle = within(await screen.findByRole('region', { name: 'Filters' })).getByRole('button', { name: 'Filters (2 chosen)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toContainElement(screen.getByRole('group', { name: 'Topics' }));
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
  });
});
