import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleCard } from '@/article/site-index';
import { ingestedSite } from '@/app/testing/ingested-site';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { searchableSite } from '@/search/testing/searchable-site';
import { resultsFor } from './testing/results-region';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());
beforeAll(async () => void (await searchableSite(await ingestedSite())), 120_000);

const site = async () => searchableSite(await ingestedSite());

describe('search results in the list', () => {
  it('ranks the seed first for "Stoltenberg Taliban", marks the words, and shows what Stoltenberg said', async () => {
    const { seed } = await site();
    serveSite(await site());
    renderApp('/?q=Stoltenberg+Taliban');
    const results = await resultsFor('Stoltenberg Taliban');
    const hits = within(results).getAllByRole('article');
    const first = hits[0]!;
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(seed.title);
    const marked = [...first.querySelectorAll('h3 mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['stoltenberg']));

    const quotes = await within(first).findByRole('list', { name: 'Matching quotations' });
    const links = within(quotes).getAllByRole('link');
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(new RegExp(`^/articles/${seed.id}#quote-\\d+$`)));
    expect(links.some((link) => /Stoltenberg/.test(link.textContent ?? ''))).toBe(true);
    expect(quotes.querySelector('mark')).not.toBeNull();
    expect(within(results).getByRole('status')).toHaveTextContent(/articles? match(es)? “Stoltenberg Taliban”/);
  });

  it('narrows the search to the filters, in rank order', async () => {
    const searchable = await site();
    serveSite(searchable);
    const cards = JSON.parse(searchable.files.get('index/cards/0.json')!) as ArticleCard[];
    const seedCard = cards.find((card) => card.id === searchable.seed.id)!;
    const topic = searchable.manifest.topics.find((each) => each.qcode === seedCard.topics[0])!;
    renderApp(`/?q=said&topic=${topic.slug}`);
    const results = await resultsFor('said');
    await waitFor(() => expect(within(results).getAllByRole('article').length).toBeGreaterThan(0));
    const withTopic = new Set(cards.filter((card) => card.topics.includes(topic.qcode)).map((card) => card.title));
    for (const heading of within(results).getAllByRole('heading', { level: 3 })) expect(withTopic.has(heading.textContent!)).toBe(true);
    expect(within(results).getByRole('status')).toHaveTextContent(/within the filters/);
  });

  it('says plainly when nothing matches, and offers to clear the search or the filters', async () => {
    serveSite(await site());
    renderApp('/?q=xylophonist&topic=politics');
    const results = await resultsFor('xylophonist');
    expect(within(results).getByText('No articles match “xylophonist” within these filters.')).toBeInTheDocument();
    expect(within(results).getByRole('link', { name: 'Clear the search' })).toHaveAttribute('href', '/?topic=politics');
    expect(within(results).getByRole('link', { name: 'Search all articles instead' })).toHaveAttribute('href', '/?q=xylophonist');
    expect(within(results).getByRole('link', { name: 'Clear the search and the filters' })).toHaveAttribute('href', '/');
  });

  it('offers to try again when the index cannot be loaded', async () => {
    const searchable = await site();
    serveSite(searchable, { 'index/search/meta.json': new Response('down', { status: 503 }) });
    renderApp('/?q=ceasefire');
    expect(await screen.findByText('The search could not be loaded.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
