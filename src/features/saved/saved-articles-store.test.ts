import { describe, expect, it, vi } from 'vitest';
import type { ReadArticles } from '@/data/read-articles';
import { createSavedArticlesStore } from './saved-articles-store';
import { STORAGE_KEY } from './saved-ids-peek';
import { IMPORT_LIMIT } from './saved-messages';

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

    expect(target.importJson(source.exportJson())).toMatchObject({ added: 1, alreadySaved: 1, bad: 0, repeated: 0, listed: 2 });
    expect(
      target
        .getSnapshot()
        .articles.map((article) => article.id)
        .sort(),
    ).toEqual([seed.id, other.id].sort());
    expect(() => target.importJson('{"hello": 1}')).toThrow(/not a Broadsheet export/);
    expect(() => target.importJson('not json')).toThrow(/not JSON/);
  });

  it('carries the read state in an export, and adds its good part on import', () => {
    const readIn = (ids: string[], allUpTo: string | null, dates: Record<string, string> = {}) => {
      const box = {
        value: { ids: new Set(ids), dates: new Map(Object.entries(dates)), allUpTo } as ReadArticles,
        get: () => box.value,
        set: (next: ReadArticles) => void (box.value = next),
      };
      return box;
    };
    const sourceRead = readIn([seed.id, 'harbour-tram'], '2020-12-31', { [seed.id]: seed.date });
    const source = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick, sourceRead);
    source.save(seed);
    const exported = JSON.parse(source.exportJson()) as { read: unknown };
    expect(exported.read).toEqual({ ids: [seed.id, 'harbour-tram'], dates: { [seed.id]: seed.date }, allUpTo: '2020-12-31' });

    const targetRead = readIn(['harbour-tram'], '2021-01-05');
    const target = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick, targetRead);
    // Nothing read is taken away: the later allUpTo stays.
    expect(target.importJson(source.exportJson()).read).toEqual({ marked: 1, allUpTo: null, bad: 0, listed: 2 });
    // The day of each article read comes along (hide read places them by it).
    expect(targetRead.value).toEqual({
      ids: new Set(['harbour-tram', seed.id]),
      dates: new Map([[seed.id, seed.date]]),
      allUpTo: '2021-01-05',
    });

    // Untrusted: ids that are not article ids and a date that is not a day are left out and counted.
    const handEdited = {
      format: 'broadsheet-saved-articles',
      version: 1,
      articles: [],
      read: { ids: ['a-b', '<script>', 42], dates: { 'a-b': '2021-02-30', '<script>': '2021-01-01' }, allUpTo: '2021-02-30' },
    };
    expect(target.importJson(JSON.stringify(handEdited)).read).toEqual({ marked: 1, allUpTo: null, bad: 3, listed: 3 });
    expect([...targetRead.value.ids]).toEqual(['harbour-tram', seed.id, 'a-b']);
    // A day that is not one leaves its id read, without a day.
    expect(targetRead.value.dates.has('a-b')).toBe(false);
    const later = { ...handEdited, read: { ids: [], allUpTo: '2021-06-01' } };
    expect(target.importJson(JSON.stringify(later)).read).toEqual({ marked: 0, allUpTo: '2021-06-01', bad: 0, listed: 0 });
    expect(targetRead.value.allUpTo).toBe('2021-06-01');
    const notAList = { ...handEdited, read: 'everything' };
    expect(target.importJson(JSON.stringify(notAList)).read).toEqual({ marked: 0, allUpTo: null, bad: -1, listed: 0 });
    expect(targetRead.value.allUpTo).toBe('2021-06-01');
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

  it('drops stored entries that are not saved articles, keeps each id once, repairs storage and says so', () => {
    const storage = memoryStorage();
    const entries = [
      { ...seed, savedAt: '2026-01-02T00:00:00.000Z' },
      { id: 1 },
      'nonsense',
      null,
      { ...other, date: 'banana' },
      { ...other, date: '2021-02-30' },
      { ...other, id: '../../etc/passwd' },
      { ...other, title: '   ' },
      { ...seed, title: 'A second entry for the same article' },
      { ...other, savedAt: 'not a time' },
    ];
    storage.setItem(STORAGE_KEY, JSON.stringify(entries));
    const store = createSavedArticlesStore(storage, new EventTarget(), tick);
    const { articles, damage, storageProblem } = store.getSnapshot();
    expect(articles).toEqual([
      { ...seed, savedAt: '2026-01-02T00:00:00.000Z' },
      { ...other, savedAt: '' },
    ]);
    expect(damage).toBe('Saved data was damaged; 2 entries kept. 8 entries could not be read and were left out.');
    expect(storageProblem).toBeNull();
    // Repaired in storage: the next visit reads it as it is, and still shows the notice until it is dismissed.
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toEqual(articles);
    const next = createSavedArticlesStore(storage, new EventTarget(), tick);
    expect(next.getSnapshot().articles).toEqual(articles);
    expect(next.getSnapshot().damage).toBe(damage);
    next.dismissDamage();
    expect(next.getSnapshot().damage).toBeNull();
    expect(createSavedArticlesStore(storage, new EventTarget(), tick).getSnapshot().damage).toBeNull();
  });

  it('keeps what can be read of stored JSON that no longer parses, and does not blame private browsing', () => {
    const storage = memoryStorage();
    const whole = JSON.stringify([
      { ...seed, savedAt: '2026-01-03T00:00:00.000Z' },
      { ...other, savedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'cut-short', title: 'Cut short', date: '2020-01-01', savedAt: '2026-01-01T00:00:00.000Z' },
    ]);
    storage.setItem(STORAGE_KEY, whole.slice(0, whole.indexOf('Cut short')));
    const store = createSavedArticlesStore(storage, new EventTarget(), tick);
    expect(store.getSnapshot().articles.map((article) => article.id)).toEqual([seed.id, other.id]);
    expect(store.getSnapshot().damage).toBe('Saved data was damaged; 2 entries kept.');
    expect(store.getSnapshot().storageProblem).toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toHaveLength(2);

    storage.setItem(STORAGE_KEY, '{{{ not json');
    expect(createSavedArticlesStore(storage, new EventTarget(), tick).getSnapshot()).toMatchObject({
      articles: [],
      storageProblem: null,
      damage: 'Saved data was damaged; 0 entries kept.',
    });
    expect(storage.getItem(STORAGE_KEY)).toBe('[]');
  });

  it('loses nothing this tab holds when another tab’s write leaves storage damaged', () => {
    const storage = memoryStorage();
    const thisTab = new EventTarget();
    const store = createSavedArticlesStore(storage, thisTab, tick);
    store.subscribe(() => {});
    store.save(seed);
    storage.setItem(STORAGE_KEY, `[${JSON.stringify({ ...other, savedAt: '2026-02-01T00:00:00.000Z' })}, {"id": "broken`);
    thisTab.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(
      store
        .getSnapshot()
        .articles.map((article) => article.id)
        .sort(),
    ).toEqual([seed.id, other.id].sort());
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!)).toHaveLength(2);
  });

  it('saves on top of what another tab stored a moment ago, even before its event arrives', () => {
    const storage = memoryStorage();
    const first = createSavedArticlesStore(storage, new EventTarget(), tick);
    const second = createSavedArticlesStore(storage, new EventTarget(), tick);
    first.subscribe(() => {});
    second.subscribe(() => {});
    first.save(seed);
    second.save(other);
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).map((article: { id: string }) => article.id)).toEqual([other.id, seed.id]);
  });

  it('imports good entries only, each id once, and the first IMPORT_LIMIT entries of a file at most', () => {
    const store = createSavedArticlesStore(memoryStorage(), new EventTarget(), tick);
    store.save(seed);
    const entries = Array.from({ length: IMPORT_LIMIT + 200 }, (_, index) => ({
      id: `imported-${index}`,
      title: `Imported ${index}`,
      date: '2021-03-14',
      savedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)).toISOString(),
    }));
    entries[1] = { ...entries[1]!, date: '9999-99-99' };
    entries[2] = { ...entries[0]! };
    entries[3] = { ...entries[3]!, id: seed.id };
    const report = store.importJson(JSON.stringify({ format: 'broadsheet-saved-articles', version: 1, articles: entries }));
    expect(report).toEqual({ added: IMPORT_LIMIT - 3, alreadySaved: 1, bad: 1, repeated: 1, listed: IMPORT_LIMIT + 200, read: null });
    const ids = store.getSnapshot().articles.map((article) => article.id);
    expect(ids).toHaveLength(IMPORT_LIMIT - 2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(`imported-${IMPORT_LIMIT}`);
    // Newest saved first, the imported ones by their own times.
    expect(ids[0]).toBe(seed.id);
    expect(ids[1]).toBe(`imported-${IMPORT_LIMIT - 1}`);
  });
});
