import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleCard } from '@/article/site-index';
import type { IngestedSite } from '@/app/testing/ingested-site';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { STORAGE_KEY } from './saved-ids-peek';
import { siteWithNewest } from '@/app/testing/site-with-newest';
import { loadSavedStore } from './use-saved-store';

vi.setConfig({ testTimeout: 60_000 });
// The filters' code loads lazily, as in the browser: on a busy two-core machine the first view of a file can take long.
configure({ asyncUtilTimeout: 15_000 });
let site: IngestedSite;
let newest: ArticleCard;
beforeAll(async () => void ({ site, newest } = await siteWithNewest()), 120_000);
beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const savedIds = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as Array<{ id: string }>).map((entry) => entry.id);

/** The newest article's card in the list. */
async function newestCard() {
  const title = await screen.findByRole('link', { name: newest.title });
  return title.closest('article')!;
}

/** A card's Save once its code has loaded: until then the card shows the same button, disabled (list-save-action.tsx). */
const workingSaveButton = (card: HTMLElement) => within(card).findByRole('button', { name: 'Save', pressed: false });

describe('the save button', () => {
  // First in the file: the page has not loaded the saved articles' code yet.
  it('says Saved at once for an article saved on an earlier visit', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify([{ id: newest.id, title: newest.title, date: newest.date, savedAt: '2026-01-01T00:00:00.000Z' }]),
    );
    serveSite(site);
    renderApp('/');
    const button = await within(await newestCard()).findByRole('button', { name: 'Saved' });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).toHaveAccessibleDescription(newest.title);
    // From here on the store answers, as it does once the page has been idle: the tests below start from empty storage.
    await loadSavedStore();
  });

  it('on a card: is named Save, toggles to Saved and back, and keeps the choice in the browser', async () => {
    serveSite(site);
    const { user } = renderApp('/');
    const card = await newestCard();
    const button = await workingSaveButton(card);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).toHaveAccessibleDescription(newest.title);

    await user.click(button);
    expect(await within(card).findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(savedIds()).toEqual([newest.id]);

    await user.click(within(card).getByRole('button', { name: 'Saved' }));
    expect(await within(card).findByRole('button', { name: 'Save' })).toHaveAttribute('aria-pressed', 'false');
    expect(savedIds()).toEqual([]);
  });

  it('on an article: saves the article being read', async () => {
    serveSite(site);
    const { user } = renderApp(`/articles/${site.seed.id}`);
    await screen.findByRole('heading', { level: 1, name: site.seed.title });
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toHaveAccessibleDescription(site.seed.title);
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(savedIds()).toEqual([site.seed.id]);
  });

  // Late in the file: from here on the store keeps the article in memory only, as it should.
  it('keeps working when storage is full, says so at once, and /saved says so too', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    serveSite(site);
    const { user } = renderApp('/');
    const card = await newestCard();
    await user.click(await workingSaveButton(card));
    expect(await within(card).findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    // Said where it happened, until dismissed.
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent(/storage for Broadsheet is full/);
    await user.click(within(notice).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Saved' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/storage for Broadsheet is full/);
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: newest.title })).toBeInTheDocument());
  });

  it('in a browser that refuses storage (private mode), saves for this tab and says so', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    // A fresh page: the saved articles' code meets the refusal when it first runs, as after a page load.
    vi.resetModules();
    const { renderApp: renderFreshApp } = await import('@/app/testing/render-app');
    serveSite(site);
    const { user } = renderFreshApp('/');
    const card = await newestCard();
    await user.click(await workingSaveButton(card));
    expect(await within(card).findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('alert')).toHaveTextContent(/not letting Broadsheet store anything/);
  });
});
