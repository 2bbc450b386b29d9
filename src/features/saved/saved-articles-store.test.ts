import { describe, expect, it, vi } from 'vitest';
import { createSavedArticlesStore } from './saved-articles-store';
import { STORAGE_KEY } from './saved-ids-peek';

/** A Storage backed by a Map, shared by "tabs" the way localStorage is shared by a browser's tabs. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}

const seed = { id: '000-2109c60526df57ad', title: 'NATO allies will stand together', date: '2020-10-21' };
const other = { id: 'harbour-tram', title: 'Harbour tram to reopen', date: '2021-03-14' };
let clock = 0;
const tick = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++));

describe('saved articles', () => {
  it('saves, lists newest saved first, and removes', () => {
    const store = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick);
    store.save(seed);
    store.save(other);
    expect(store.getSnapshot().articles.map((article) => article.id)).toEqual(['harbour-tram', seed.id]);
    store.toggle(other);
    expect(store.isSaved('harbour-tram')).toBe(false);
    expect(store.getSnapshot().storageProblem).toBeNull();
  });

  it('keeps them for the next visit', () => {
    const storage = memoryStorage();
    createSavedArticlesStore(storage, new EventTarget(), tick).save(seed);
    expect(createSavedArticlesStore(storage, new EventTarget(), tick).isSaved(seed.id)).toBe(true);
  });

  it('follows changes made in another tab', () => {
    const storage = memoryStorage();
    const thisTab = new EventTarget();
    const store = createSavedArticlesStore(storage, thisTab, tick);
    const listener = vi.fn();
    store.subscribe(listener);

    createSavedArticlesStore(storage, new EventTarget(), tick).save(other);
    thisTab.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));

    expect(listener).toHaveBeenCalledOnce();
    expect(store.isSaved(other.id)).toBe(true);
  });

  it('catches up with another tab’s changes made while nothing here was listening', () => {
    const storage = memoryStorage();
    const store = createSavedArticlesStore(storage, new EventTarget(), tick);
    store.subscribe(() => {})();

    createSavedArticlesStore(storage, new EventTarget(), tick).save(other);
    store.subscribe(() => {});
    expect(store.isSaved(other.id)).toBe(true);
  });

  it('exports to JSON and imports it back, keeping what is already saved', () => {
    const source = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick);
    source.save(seed);
    source.save(other);
    const target = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick);
    target.save(seed);

    expect(target.importJson(source.exportJson())).toBe(1);
    expect(target.getSnapshot().articles.map((article) => article.id).sort()).toEqual([seed.id, other.id].sort());
    expect(() => target.importJson('{"hello": 1}')).toThrow(/not a Broadsheet export/);
    expect(() => target.importJson('not json')).toThrow(/not JSON/);
  });

  it('keeps working in memory, and says so, when storage is unavailable or full', () => {
    const none = createSavedArticlesStore(null, null, tick);
    none.save(seed);
    expect(none.isSaved(seed.id)).toBe(true);
    expect(none.getSnapshot().storageProblem).toMatch(/private browsing/);

    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const store = createSavedArticlesStore(full, new EventTarget(), tick);
    store.save(seed);
    expect(store.isSaved(seed.id)).toBe(true);
    expect(store.getSnapshot().storageProblem).toMatch(/full/);
  });

  it('ignores malformed entries instead of breaking', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify([{ id: 1 }, seed, 'nonsense']));
    expect(createSavedArticlesStore(storage, new EventTarget(), tick).getSnapshot().articles.map((a) => a.id)).toEqual([seed.id]);
  });
});
