import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/article/article-schema';
import type { ArticleCard } from '@/article/site-index';
import { optionName, setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { READ_STORAGE_KEY } from '@/data/read-articles';
import { STORAGE_KEY } from './saved-ids-peek';

const { site, qcodeOf } = setUpComponentTests();
/** Two saved articles with no topic in common: the seed (politics) and one on sport alone. */
let politics: Article;
let sport: Article;
const gone = { id: 'gone-for-good', title: 'An article that left the archive', date: '2020-01-01' };

// Runs after the setup's own beforeAll has ingested the site.
beforeAll(() => {
  politics = site.seed;
  expect(politics.topics).toContain(qcodeOf('politics'));
  sport = [...site.articles.values()].find(
    (article) => article.topics.includes(qcodeOf('sport')) && !article.topics.includes(qcodeOf('politics')),
  )!;
});
beforeEach(() => localStorage.clear());

/** Saved entries as the store writes them, the first one saved most recently. */
function savedInStorage(...articles: Array<Pick<Article, 'id' | 'title' | 'date'>>) {
  const entries = articles.map(({ id, title, date }, index) => ({
    id,
    title,
    date,
    savedAt: new Date(Date.UTC(2026, 0, 10 - index)).toISOString(),
  }));
  localStorage.setItem(STORAGE_KEY, JSON.stringify(entries));
}

const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('the saved page', () => {
  it('lists the articles saved from the list, newest saved first', async () => {
    serveSite(site);
    const { user } = renderApp('/');
    const cards = JSON.parse(site.files.get('index/cards/0.json')!) as ArticleCard[];
    for (const card of [cards[2]!, cards[0]!]) {
      const item = (await screen.findByRole('link', { name: card.title })).closest('article')!;
      await user.click(await within(item).findByRole('button', { name: 'Save', pressed: false }));
      await within(item).findByRole('button', { name: 'Saved' });
    }
    await user.click(screen.getByRole('link', { name: 'Saved' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved articles' })).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual([cards[0]!.title, cards[2]!.title]));
    expect(screen.getByRole('link', { name: cards[0]!.title })).toHaveAttribute('href', `/articles/${cards[0]!.id}`);
  });

  it('marks read saved articles, and hides them with Hide read (?unread=1), as the list does', async () => {
    savedInStorage(sport, politics);
    localStorage.setItem(READ_STORAGE_KEY, JSON.stringify({ ids: [politics.id], allUpTo: null }));
    serveSite(site);
    const { router, user } = renderApp('/saved');
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));
    const readItem = screen.getByRole('heading', { level: 2, name: politics.title }).closest('article')!;
    expect(within(readItem).getByText('Read')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: sport.title }).closest('article')).not.toHaveTextContent('Read');

    await user.click(screen.getByRole('button', { name: 'Hide read', pressed: false }));
    await waitFor(() => expect(router.state.location.search).toBe('?unread=1'));
    await waitFor(() => expect(titles()).toEqual([sport.title]));
    expect(screen.getByRole('button', { name: 'Hide read', pressed: true })).toBeInTheDocument();

    // Reading the last one leaves nothing to show, and a way back to the read ones.
    localStorage.setItem(READ_STORAGE_KEY, JSON.stringify({ ids: [politics.id, sport.id], allUpTo: null }));
    window.dispatchEvent(new StorageEvent('storage', { key: READ_STORAGE_KEY }));
    expect(await screen.findByText('You have read every saved article here.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Show the read ones' }));
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));
    expect(router.state.location.search).toBe('');
  });

  it('keeps an article that left the archive, shown as unavailable', async () => {
    savedInStorage(gone, politics);
    serveSite(site);
    renderApp('/saved');
    const item = (await screen.findByRole('heading', { level: 2, name: gone.title })).closest('article')!;
    expect(await within(item).findByText(/No longer available/)).toBeInTheDocument();
    expect(within(item).queryByRole('link')).toBeNull();
    expect(within(item).getByRole('button', { name: 'Saved' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: politics.title })).toBeInTheDocument();
    expect(titles()).toEqual([gone.title, politics.title]);
  });

  it('exports the saved articles to a JSON file and imports it back', async () => {
    savedInStorage(sport, politics);
    const files: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => `blob:test/${files.push(blob)}`;
    URL.revokeObjectURL = () => {};
    const download = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('broadsheet-saved-articles.json');
    });
    serveSite(site);
    const { user } = renderApp('/saved');
    await screen.findByRole('link', { name: politics.title });
    await user.click(screen.getByRole('button', { name: 'Export saved articles' }));
    expect(download).toHaveBeenCalledOnce();
    const exported = await files[0]!.text();
    expect((JSON.parse(exported) as { articles: Array<{ id: string }> }).articles.map((entry) => entry.id)).toEqual([
      sport.id,
      politics.id,
    ]);

    // Unsave both, then bring them back from the file.
    for (const title of [sport.title, politics.title]) {
      const item = screen.getByRole('heading', { level: 2, name: title }).closest('article')!;
      await user.click(within(item).getByRole('button', { name: 'Saved' }));
    }
    expect(await screen.findByText(/Nothing saved yet/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Import saved articles'), new File([exported], 'saved.json', { type: 'application/json' }));
    expect(await screen.findByText('Imported 2 saved articles.')).toBeInTheDocument();
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));

    await user.upload(screen.getByLabelText('Import saved articles'), new File(['not json'], 'saved.json', { type: 'application/json' }));
    expect(await screen.findByText('That file is not JSON, so nothing was imported.')).toBeInTheDocument();
    expect(titles()).toEqual([sport.title, politics.title]);
  });

  it('follows saves made in another tab', async () => {
    savedInStorage(politics);
    serveSite(site);
    renderApp('/saved');
    await screen.findByRole('link', { name: politics.title });

    savedInStorage(sport, politics);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));

    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(await screen.findByText(/Nothing saved yet/)).toBeInTheDocument();
  });
});

describe('the saved page’s filters', () => {
  it('takes the list’s topic filter from the URL, with the filter controls showing it', async () => {
    savedInStorage(sport, politics);
    serveSite(site);
    const { router, user } = renderApp('/saved?topic=politics');
    await screen.findByRole('link', { name: politics.title });
    await waitFor(() => expect(titles()).toEqual([politics.title]));
    const topics = await screen.findByRole('group', { name: 'Topics' });
    const chosen = within(topics).getByRole('checkbox', { name: optionName('politics', 1) });
    expect(chosen).toBeChecked();
    // Counts are over the saved articles: the sport one is offered too.
    expect(within(topics).getByRole('checkbox', { name: optionName('sport', 1) })).not.toBeChecked();

    await user.click(within(topics).getByRole('checkbox', { name: /^sport, / }));
    await waitFor(() => expect(router.state.location.search).toBe('?topic=politics&topic=sport'));
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));
    // Back returns to the one topic, its articles and its ticked box.
    await router.navigate(-1);
    await waitFor(() => expect(titles()).toEqual([politics.title]));
    expect(within(topics).getByRole('checkbox', { name: /^sport, / })).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.pathname + router.state.location.search).toBe('/saved'));
  });

  it('narrows by dates and names, says which values it left out, and offers to clear an empty result', async () => {
    savedInStorage(sport, politics);
    serveSite(site);
    const { router, user } = renderApp(`/saved?topic=no-such-topic&from=banana&to=${politics.date}`);
    const notices = await screen.findByText(/There is no topic “no-such-topic”/);
    expect(notices.closest('[role="status"]')).toHaveTextContent(/“banana” is not a date/);
    await waitFor(() => expect(titles()).toEqual(sport.date <= politics.date ? [sport.title, politics.title] : [politics.title]));

    const place = politics.entities.places[0]!;
    expect(sport.entities.places).not.toContain(place);
    await router.navigate(`/saved?place=${encodeURIComponent(place)}`);
    await waitFor(() => expect(titles()).toEqual([politics.title]));

    await router.navigate(`/saved?topic=sport&place=${encodeURIComponent(place)}`);
    expect(await screen.findByText('No saved articles match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Clear the filters' }));
    await waitFor(() => expect(titles()).toEqual([sport.title, politics.title]));
    expect(router.state.location.search).toBe('');
  });
});
