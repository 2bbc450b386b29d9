import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleCard } from '@/article/site-index';
import { ingestedSite, type IngestedSite } from '@/app/testing/ingested-site';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';

vi.setConfig({ testTimeout: 60_000 });
// The shortcuts' code loads with the first key, as in the browser: on a busy machine that can take a while.
configure({ asyncUtilTimeout: 15_000 });
let site: IngestedSite;
let cards: ArticleCard[];
beforeAll(async () => {
  site = await ingestedSite();
  cards = JSON.parse(site.files.get('index/cards/0.json')!) as ArticleCard[];
  // jsdom lays nothing out, so it has no scrolling into view either.
  Element.prototype.scrollIntoView ??= () => {};
}, 120_000);
beforeEach(() => localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

const focusedCard = () => document.activeElement?.closest('article');

// The ? dialog is a native <dialog>, which jsdom does not implement: tests/e2e/keyboard-shortcuts.test.ts covers it in Chromium.
describe('keyboard shortcuts', () => {
  it('j and k move through the list, s saves the article in focus, o opens it', async () => {
    serveSite(site);
    const { router, user } = renderApp('/');
    await screen.findByRole('link', { name: cards[0]!.title });

    await user.keyboard('j');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(cards[0]!.title));
    await user.keyboard('jjk');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(cards[1]!.title));

    await user.keyboard('s');
    expect(await within(focusedCard()!).findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    // The save button took no focus: the next key still acts on the list.
    expect(document.activeElement).toHaveAccessibleName(cards[1]!.title);

    await user.keyboard('o');
    await waitFor(() => expect(router.state.location.pathname).toBe(`/articles/${cards[1]!.id}`));
    // Waited for as a whole: the page may draw its button again as its data arrives, detaching the one found.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Saved' })).toHaveAccessibleDescription(cards[1]!.title));
  });

  it('/ goes to the search box or the filters, and keys typed in a field or with a modifier stay text', async () => {
    serveSite(site);
    const { router, user } = renderApp('/');
    await screen.findByRole('link', { name: cards[0]!.title });
    await screen.findByRole('region', { name: 'Filters' });

    await user.keyboard('/');
    // The search box, once the masthead has one; the filters otherwise.
    const search = screen.queryByRole('searchbox');
    if (search) await waitFor(() => expect(document.activeElement).toBe(search));
    else
      await waitFor(() => expect(screen.getByRole('region', { name: 'Filters' })).toContainElement(document.activeElement as HTMLElement));

    const from = screen.getByLabelText('From');
    await user.click(from);
    await user.keyboard('jks');
    expect(document.activeElement).toBe(from);
    expect(router.state.location.pathname).toBe('/');

    await user.click(screen.getByRole('heading', { level: 1 }));
    await user.keyboard('{Control>}j{/Control}');
    expect(focusedCard()).toBeFalsy();
  });
});
