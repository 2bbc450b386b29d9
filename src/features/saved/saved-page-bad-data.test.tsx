import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { savedArticlesStore } from './saved-articles';
import { STORAGE_KEY } from './saved-ids-peek';
import { SAVED_FILES_AT_ONCE } from './saved-files';

const { site } = setUpComponentTests();
beforeEach(() => {
  localStorage.clear();
  // The tab's one store keeps what it last read, and damaged storage is repaired with it (so a tab loses
  // nothing): a subscription makes it read the emptied storage, as a new tab would start.
  savedArticlesStore().subscribe(() => {})();
});

const titles = () => screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
/** Article files the reader asked for. */
const articleRequests = (requests: string[]) => requests.filter((path) => path.startsWith('articles/'));

/** `count` saved entries for articles that are not in the archive, newest saved first. */
function manyEntries(count: number, from = 0) {
  return Array.from({ length: count }, (_, index) => ({
    id: `saved-elsewhere-${from + index}`,
    title: `Saved elsewhere ${from + index}`,
    date: '2021-06-01',
    savedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, 0, -(from + index))).toISOString(),
  }));
}

describe('the saved page with untrusted saved data', () => {
  it('lists good entries whatever else storage holds, and says what it repaired', async () => {
    const seed = site.seed;
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify([
        { id: seed.id, title: seed.title, date: seed.date, savedAt: '2026-01-02T00:00:00.000Z' },
        { id: 'bad-date', title: 'Dated banana', date: 'banana', savedAt: '2026-01-01T00:00:00.000Z' },
        { id: 'far-future', title: 'Dated 9999', date: '9999-12-31', savedAt: '2026-01-01T00:00:00.000Z' },
        { id: seed.id, title: 'The same again', date: seed.date },
      ]),
    );
    serveSite(site);
    const { user } = renderApp('/saved');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Saved data was damaged; 2 entries kept. 2 entries could not be read and were left out.');
    expect(alert).not.toHaveTextContent(/private browsing/);
    await waitFor(() => expect(titles()).toEqual([seed.title, 'Dated 9999']));
    expect(screen.getByText('31 Dec 9999')).toBeInTheDocument();
    // The histogram over the saved articles spans the archive and year 9999 in centuries.
    expect(await screen.findByRole('slider', { name: 'Articles per century' })).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('says so and keeps what it can when the stored JSON is damaged', async () => {
    const whole = JSON.stringify(manyEntries(3));
    localStorage.setItem(STORAGE_KEY, whole.slice(0, whole.lastIndexOf('{') + 5));
    serveSite(site);
    renderApp('/saved');
    expect(await screen.findByRole('alert')).toHaveTextContent('Saved data was damaged; 2 entries kept.');
    await waitFor(() => expect(titles()).toEqual(['Saved elsewhere 0', 'Saved elsewhere 1']));
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toHaveLength(2);
  });

  it('fetches only the files of the articles on screen, a few at a time, and none again on the next visit', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(manyEntries(500)));
    let inFlight = 0;
    let mostInFlight = 0;
    const slow = () => async () => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return new Response('Not found', { status: 404 });
    };
    const overrides = Object.fromEntries(manyEntries(500).map((entry) => [`articles/${entry.id}.json`, slow()]));
    const { requests } = serveSite(site, overrides);
    const { router, user } = renderApp('/saved');
    await waitFor(() => expect(screen.getAllByText(/No longer available/)).toHaveLength(20));
    expect(titles()).toHaveLength(20);
    expect(articleRequests(requests)).toHaveLength(20);
    expect(mostInFlight).toBeLessThanOrEqual(SAVED_FILES_AT_ONCE);
    expect(screen.getByText('Showing 20 of 500 saved articles.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show more saved articles' }));
    await waitFor(() => expect(screen.getAllByText(/No longer available/)).toHaveLength(40));
    expect(articleRequests(requests)).toHaveLength(40);

    await router.navigate('/');
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Saved articles' })).toBeNull());
    await router.navigate('/saved');
    await waitFor(() => expect(screen.getAllByText(/No longer available/)).toHaveLength(20));
    expect(articleRequests(requests)).toHaveLength(40);
  });

  it('imports at most 5,000 entries of a 20,000-entry file, says so, and stays a page long', async () => {
    serveSite(site);
    const { user } = renderApp('/saved');
    await screen.findByText(/Nothing saved yet/);
    const file = JSON.stringify({ format: 'broadsheet-saved-articles', version: 1, articles: manyEntries(20_000) });
    await user.upload(screen.getByLabelText('Import saved articles'), new File([file], 'saved.json', { type: 'application/json' }));
    const said = 'Imported 5,000 saved articles. That file lists 20,000: only the first 5,000 were read, the most one import takes.';
    expect(await screen.findByText(said)).toBeInTheDocument();
    await waitFor(() => expect(titles()).toHaveLength(20));
    expect(titles()[0]).toBe('Saved elsewhere 0');
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toHaveLength(5000);
  });
});
