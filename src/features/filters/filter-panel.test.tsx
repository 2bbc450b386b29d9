import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../article/article-schema';
import { ingestedSite, type IngestedSite } from '../../app/testing/ingested-site';
import { renderApp } from '../../app/testing/render-app';
import { serveSite } from '../../app/testing/serve-site';

vi.setConfig({ testTimeout: 60_000 });
// The filters' code loads lazily, as in the browser: on a busy two-core machine the first view of a file can take long.
configure({ asyncUtilTimeout: 15_000 });
let site: IngestedSite;
beforeAll(async () => {
  site = await ingestedSite();
}, 120_000);
afterEach(() => vi.unstubAllGlobals());

const qcodeOf = (slug: string) => site.manifest.topics.find((topic) => topic.slug === slug)!.qcode;
const countOf = (test: (article: Article) => boolean) => [...site.articles.values()].filter(test).length;
const matchSentence = (count: number) => (count === 1 ? '1 article matches' : `${count} articles match`);

describe('the filter panel', () => {
  it('combines a topic and dates (both must match), each change a new URL that Back walks through', async () => {
    const year = site.manifest.newest!.slice(0, 4);
    serveSite(site);
    const { router, user } = renderApp('/');
    const panel = await screen.findByRole('region', { name: 'Filters' });
    await user.click(within(panel).getByRole('checkbox', { name: /^politics, \d/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics'));
    await user.click(within(panel).getByRole('button', { name: `This year (${year})` }));
    await waitFor(() => expect(router.state.location.search).toBe(`?topic=politics&from=${year}-01-01&to=${site.manifest.newest}`));
    const both = countOf((article) => article.topics.includes(qcodeOf('politics')) && article.date >= `${year}-01-01`);
    expect(await screen.findByText(matchSentence(both))).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Filters (2 chosen)' })).toHaveAttribute('aria-expanded', 'false');

    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics'));
    expect(await screen.findByText(matchSentence(countOf((article) => article.topics.includes(qcodeOf('politics')))))).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Filters' })).getByRole('checkbox', { name: /^politics, \d/ })).toBeChecked();
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
