import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '@/data/list-filters';
import type { SavedArticle } from './saved-articles-store';
import type { SavedFile } from './saved-files';
import { savedPageItems, type FileState } from './saved-page-items';

const manifest = { topics: [{ qcode: 'medtop:11000000', slug: 'politics', label: 'politics', parent: null, count: 1 }] };
const POLITICS: SavedFile = { gone: false, topics: ['medtop:11000000'], entities: { people: [], organisations: [], places: [] } };
const SPORT: SavedFile = { gone: false, topics: ['medtop:15000000'], entities: { people: [], organisations: [], places: [] } };

/** A thousand saved entries, newest saved first, dated through 2020 28 at a time: 1-28 January, 1-28 February, ... and round again. */
const entries: SavedArticle[] = Array.from({ length: 1000 }, (_, n) => ({
  id: `saved-${n}`,
  title: `Saved ${n}`,
  date: `2020-${String((Math.floor(n / 28) % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
  savedAt: '',
}));
const ids = (list: Array<{ id: string } | { entry: { id: string } }>) => list.map((each) => ('entry' in each ? each.entry.id : each.id));

describe('savedPageItems', () => {
  it('lists the first page and fetches only its files, however many are saved', () => {
    const page = savedPageItems(entries, () => undefined, NO_FILTERS, manifest, 20, 100);
    expect(ids(page.items)).toEqual(ids(entries.slice(0, 20)));
    expect(ids(page.toFetch)).toEqual(ids(entries.slice(0, 20)));
    expect(page).toMatchObject({ candidates: 1000, checked: 1000, more: true });

    const read = new Map<string, FileState>(entries.slice(0, 20).map((entry) => [entry.id, { file: POLITICS }]));
    expect(savedPageItems(entries, (id) => read.get(id), NO_FILTERS, manifest, 20, 100).toFetch).toEqual([]);
  });

  it('narrows by dates from the saved entries alone, with no file needed', () => {
    const page = savedPageItems(entries, () => undefined, { ...NO_FILTERS, from: '2020-02-01', to: '2020-02-28' }, manifest, 20, 100);
    // February's 28 days come round three times in 1,000 entries.
    expect(page.candidates).toBe(84);
    expect(page.items.every(({ entry }) => entry.date.startsWith('2020-02'))).toBe(true);
    expect(page.toFetch).toHaveLength(20);
  });

  it('under a topic filter checks files in order, a page at a time, up to the check limit, never reordering', () => {
    const politics = { ...NO_FILTERS, topics: ['politics'] };
    // Every third saved article is on politics.
    const fileOf = (id: string): SavedFile => (Number(id.slice(6)) % 3 === 0 ? POLITICS : SPORT);
    const read = new Map<string, FileState>();

    let page = savedPageItems(entries, (id) => read.get(id), politics, manifest, 5, 100);
    expect(page.items).toEqual([]);
    expect(ids(page.toFetch)).toEqual(ids(entries.slice(0, 5)));

    // The second file arrives first: nothing is listed until the first is in.
    read.set('saved-1', { file: fileOf('saved-1') });
    page = savedPageItems(entries, (id) => read.get(id), politics, manifest, 5, 100);
    expect(page.items).toEqual([]);
    expect(page.checked).toBe(1);

    // Then each batch asked for arrives, until five match: 0, 3, 6, 9, 12.
    for (let round = 0; round < 10 && page.toFetch.length > 0; round += 1) {
      for (const entry of page.toFetch) read.set(entry.id, { file: fileOf(entry.id) });
      page = savedPageItems(entries, (id) => read.get(id), politics, manifest, 5, 100);
    }
    expect(ids(page.items)).toEqual(['saved-0', 'saved-3', 'saved-6', 'saved-9', 'saved-12']);
    expect(read.size).toBeLessThan(20);
    expect(page.more).toBe(true);

    // Gone and unreadable articles cannot be checked, so they are listed; the check limit stops the search.
    read.clear();
    for (const entry of entries.slice(0, 10)) read.set(entry.id, { file: SPORT });
    read.set('saved-4', { file: { gone: true } });
    read.set('saved-7', { failed: true });
    page = savedPageItems(entries, (id) => read.get(id), politics, manifest, 5, 10);
    expect(ids(page.items)).toEqual(['saved-4', 'saved-7']);
    expect(page).toMatchObject({ toFetch: [], checked: 10, more: true });
  });
});
