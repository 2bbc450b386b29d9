import { configure, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArticleCard } from '@/article/site-index';
import type { IngestedSite } from '@/app/testing/ingested-site';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { STORAGE_KEY } from './saved-ids-peek';
import { siteWithNewest } from '@/app/testing/site-with-newest';

// A file of its own: the store's code must not have been loaded by an earlier test (modules are per file).
vi.setConfig({ testTimeout: 60_000 });
configure({ asyncUtilTimeout: 15_000 });
let site: IngestedSite;
let newest: ArticleCard;
beforeAll(async () => void ({ site, newest } = await siteWithNewest()), 120_000);
afterEach(() => vi.unstubAllGlobals());

describe('the save button on a first visit (nothing saved, so the store is not loaded while idle)', () => {
  it('saves on the first click and shows Saved, kept in the browser', async () => {
    localStorage.clear();
    serveSite(site);
    const { user } = renderApp('/');
    const title = await screen.findByRole('link', { name: newest.title });
    const card = title.closest('article')!;
    const button = await within(card).findByRole('button', { name: 'Save', pressed: false });

    await user.click(button);
    expect(await within(card).findByRole('button', { name: 'Saved' })).toHaveAttribute('aria-pressed', 'true');
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as Array<{ id: string }>;
    expect(saved.map((entry) => entry.id)).toEqual([newest.id]);
  });
});
