import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpComponentTests } from '@/app/testing/component-test-setup';
import { renderApp } from '@/app/testing/render-app';
import { serveSite } from '@/app/testing/serve-site';
import { THEME_STORAGE_KEY } from './theme-choice';

// The masthead's code is not lazy: the project's usual waits are enough.
const { site } = setUpComponentTests({ testTimeout: 30_000, findTimeout: null });
afterEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
});

describe('the theme switch in the masthead', () => {
  it('follows the system until a theme is chosen, then remembers the choice', async () => {
    serveSite(site);
    const { user } = renderApp('/');
    const auto = await screen.findByRole('radio', { name: 'Auto' });
    expect(auto).toBeChecked();
    expect(document.documentElement.dataset.theme).toBeUndefined();

    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    await user.click(auto);
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('shows the choice made before the page loaded, and one made in another tab', async () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'light');
    serveSite(site);
    renderApp('/');
    expect(await screen.findByRole('radio', { name: 'Light' })).toBeChecked();

    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: THEME_STORAGE_KEY, newValue: 'dark' }));
    expect(await screen.findByRole('radio', { name: 'Dark' })).toBeChecked();
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
