import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SavedArticlesStore } from './saved-articles-store';
import { STORAGE_KEY } from './saved-ids-peek';

// The store's module stands in for the real one, so each test sees whether (and when) it was loaded.
// Like the real one, it tells use-saved-store (the test's fresh copy of it) that the store is made.
const made = vi.hoisted(() => ({ count: 0, ready: (_store: SavedArticlesStore) => {} }));
vi.mock('./saved-articles', () => ({
  savedArticlesStore: () => {
    made.count += 1;
    const store = { name: 'loaded store' } as unknown as SavedArticlesStore;
    made.ready(store);
    return store;
  },
}));

async function freshModule() {
  vi.resetModules();
  const module = await import('./use-saved-store');
  made.count = 0;
  made.ready = module.savedStoreReady;
  return module;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

afterEach(() => localStorage.clear());

describe('whenSavedStoreNeeded (the offline worker waits for the saved store)', () => {
  it('with nothing saved, does not load the store until a save loads it', async () => {
    const { whenSavedStoreNeeded, loadSavedStore } = await freshModule();
    const use = vi.fn();
    whenSavedStoreNeeded(use);
    await settle();
    expect(made.count).toBe(0);
    expect(use).not.toHaveBeenCalled();

    const store = await loadSavedStore(); // what a first click on Save does
    expect(use).toHaveBeenCalledExactlyOnceWith(store);
  });

  it('with saved articles in storage, loads the store at once', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify([{ id: 'a1' }]));
    const { whenSavedStoreNeeded } = await freshModule();
    const use = vi.fn();
    whenSavedStoreNeeded(use);
    await settle();
    expect(made.count).toBe(1);
    expect(use).toHaveBeenCalledOnce();
  });

  it('loads the store when another tab changes the saved articles', async () => {
    const { whenSavedStoreNeeded } = await freshModule();
    const use = vi.fn();
    whenSavedStoreNeeded(use);
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    await settle();
    expect(made.count).toBe(1);
    expect(use).toHaveBeenCalledOnce();
  });
});
