import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isoDateOfDay } from '@/article/day-number';
import { ingestedSite } from '../testing/ingested-site';
import { renderApp } from '../testing/render-app';
import { serveSite } from '../testing/serve-site';
import { longDate } from '@/ui/day-label';
import { listHeight, listLayout } from '@/features/articles/model/list-layout';
import { ROW_REM } from '@/features/articles/list/row-metrics';

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => vi.unstubAllGlobals());
// Ingesting the corpus takes a few seconds, once per file.
beforeAll(() => Promise.all([ingestedSite(), ingestedSite({ copies: 3 })]), 120_000);

describe('the list', () => {
  it('shows the newest articles first, grouped under their day, from the manifest and the first chunk only', async () => {
    const site = await ingestedSite();
    const served = serveSite(site);
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    const [newestDay] = site.manifest.days[0]!;
    expect(await screen.findByRole('heading', { level: 2, name: longDate(isoDateOfDay(newestDay)) })).toBeInTheDocument();

    const firstChunk = JSON.parse(site.files.get('index/cards/0.json')!) as Array<{ id: string; title: string }>;
    const articles = await screen.findAllByRole('article');
    expect(within(articles[0]!).getByRole('link', { name: firstChunk[0]!.title })).toHaveAttribute(
      'href',
      `/articles/${firstChunk[0]!.id}`,
    );
    expect(new Set(served.requests)).toEqual(new Set(['index/manifest.json', 'index/cards/0.json']));
  });

  it('shows each card’s title, date, main topic, excerpt, reading time and quotations', async () => {
    const site = await ingestedSite();
    serveSite(site);
    renderApp('/');
    const cards = JSON.parse(site.files.get('index/cards/0.json')!) as Array<{
      title: string;
      date: string;
      excerpt: string;
      readingMinutes: number;
      topics: string[];
      quoteCount: number;
      mainSpeaker: string | null;
    }>;
    // The first card that has quotations and topics, so every part of a card is checked.
    const card = cards.find((each) => each.quoteCount > 0 && each.topics.length > 0) ?? cards[0]!;
    const title = await screen.findByRole('link', { name: card.title });
    const item = title.closest('article')!;
    expect(within(item).getByText(card.excerpt)).toBeInTheDocument();
    expect(item.querySelector('time')).toHaveAttribute('datetime', card.date);
    expect(within(item).getByText(`${card.readingMinutes} min read`)).toBeInTheDocument();
    // One topic label, the main one: the article page lists them all.
    const label = site.manifest.topics.find((topic) => topic.qcode === card.topics[0])!.label;
    expect(within(item).getByText(label)).toBeInTheDocument();
    for (const qcode of card.topics.slice(1)) {
      const other = site.manifest.topics.find((topic) => topic.qcode === qcode)!.label;
      if (other !== label) expect(within(item).queryByText(other)).toBeNull();
    }
    if (card.quoteCount > 0) {
      expect(within(item).getByText(new RegExp(`^${card.quoteCount} quotations?`))).toBeInTheDocument();
      if (card.mainSpeaker) expect(within(item).getByText(new RegExp(card.mainSpeaker))).toBeInTheDocument();
    }
  });

  it('renders only the rows near the window, and loads further chunks as they scroll into view', async () => {
    const site = await ingestedSite({ copies: 3 });
    expect(site.manifest.chunkCount).toBeGreaterThan(1);
    const served = serveSite(site);
    renderApp('/');
    const first = await screen.findAllByRole('article');
    expect(first.length).toBeLessThan(30);
    expect(served.requests).not.toContain('index/cards/1.json');

    // jsdom has no layout: place the list as if scrolled to its end (its height is set from the manifest).
    const list = first[0]!.parentElement!;
    expect(list.style.height).toContain(`${site.manifest.articleCount} * var(--row-card)`);
    const height = listHeight(listLayout(site.manifest.days), { day: ROW_REM.narrow.day * 16, card: ROW_REM.narrow.card * 16 });
    vi.spyOn(list, 'getBoundingClientRect').mockReturnValue({ top: -(height - 400) } as DOMRect);
    window.dispatchEvent(new Event('scroll'));

    await waitFor(() => expect(served.requests).toContain('index/cards/1.json'));
    const secondChunk = JSON.parse(site.files.get('index/cards/1.json')!) as Array<{ id: string; title: string }>;
    const last = secondChunk.at(-1)!;
    const links = await screen.findAllByRole('link', { name: last.title });
    expect(links.map((link) => link.getAttribute('href'))).toContain(`/articles/${last.id}`);
    expect(screen.getAllByRole('article').length).toBeLessThan(30);
  });

  it('opens an article from its card', async () => {
    const site = await ingestedSite();
    serveSite(site);
    const { router, user } = renderApp('/');
    const [newest] = JSON.parse(site.files.get('index/cards/0.json')!) as Array<{ id: string; title: string }>;
    await user.click(await screen.findByRole('link', { name: newest!.title }));
    expect(await screen.findByRole('heading', { level: 1, name: newest!.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/articles/${newest!.id}`);
  });

  it('says so when the archive cannot be reached, and Retry loads it', async () => {
    const site = await ingestedSite();
    serveSite(site, {
      'index/manifest.json': (attempt) =>
        attempt === 1 ? new Response('busy', { status: 503 }) : new Response(site.files.get('index/manifest.json')),
    });
    const { user } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
  });

  it('shows a failed chunk in its rows with a Retry, keeping the rest of the page', async () => {
    const site = await ingestedSite();
    // Fails until the reader presses Retry, however many times the route and its rows ask for it before then
    // (counting attempts made the test depend on how often the rows were drawn).
    let failing = true;
    serveSite(site, {
      'index/cards/0.json': () => (failing ? new Response('busy', { status: 503 }) : new Response(site.files.get('index/cards/0.json'))),
    });
    const { user } = renderApp('/');
    const retries = await screen.findAllByRole('button', { name: 'Retry' });
    expect(screen.getByRole('heading', { level: 1, name: 'Latest articles' })).toBeInTheDocument();
    failing = false;
    await user.click(retries[0]!);
    const [newest] = JSON.parse(site.files.get('index/cards/0.json')!) as Array<{ title: string }>;
    expect(await screen.findByRole('link', { name: newest!.title })).toBeInTheDocument();
  });
});
