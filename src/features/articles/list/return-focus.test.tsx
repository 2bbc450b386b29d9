import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

const { site } = setUpComponentTests();
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

/** The titles of the cards the list shows, top to bottom. */
async function cardTitles(): Promise<string[]> {
  const articles = await screen.findAllByRole('article');
  return articles.map((article) => article.querySelector('h3')!.textContent!);
}

type App = ReturnType<typeof renderApp>;

/** Opens the card titled `title` from the list, then goes Back to the list. */
async function openAndGoBack({ router, user }: App, title: string): Promise<void> {
  await user.click(screen.getByRole('link', { name: title }));
  await screen.findByRole('heading', { level: 1, name: title });
  await router.navigate(-1);
}

const focusedTitle = () => document.activeElement?.closest('article')?.querySelector('h3')?.textContent ?? null;

describe('focus after Back to the list', () => {
  it.each([
    { path: '/', focused: 1, why: 'goes back to the card that was opened' },
    { path: '/?unread=1', focused: 2, why: 'goes to the next card shown when hide read (?unread=1) now leaves the opened one out' },
  ])('$why', async ({ path, focused }) => {
    serveSite(site);
    const app = renderApp(path);
    const titles = await cardTitles();
    await openAndGoBack(app, titles[1]!);
    await waitFor(() => expect(focusedTitle()).toBe(titles[focused]));
    expect(screen.queryAllByRole('link', { name: titles[1]! })).toHaveLength(focused === 1 ? 1 : 0);
  });

  it('goes to the card before it when the opened one was the last shown', async () => {
    // Every article but the newest two read: the list hiding read ones has two cards.
    const [newest, second] = JSON.parse(site.files.get('index/cards/0.json')!) as Array<{ id: string; date: string }>;
    const rest = [...site.articles.values()].filter((article) => article.id !== newest!.id && article.id !== second!.id);
    localStorage.setItem('broadsheet:read', JSON.stringify({ ids: rest.map((article) => article.id), allUpTo: null }));
    serveSite(site);
    const app = renderApp('/?unread=1');
    await screen.findByText('2 articles match');
    const titles = await cardTitles();
    expect(titles).toHaveLength(2);
    await openAndGoBack(app, titles[1]!);
    await waitFor(() => expect(focusedTitle()).toBe(titles[0]));
  });
});
