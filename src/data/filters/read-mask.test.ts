import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { daysFromGaps, type ArticleCard, type ArticleColumns } from '@/article/site-index';
import { ingestedSite, type IngestedSite } from '@/app/testing/ingested-site';
import { serveSite } from '@/app/testing/serve-site';
import { cardPlace, numberedChunksNewestFirst } from '../card-chunks';
import type { ReadArticles } from '../read-articles';
import { unreadMask } from './read-mask';

/** The sample corpus three times over (each copy dated further back): more than one chunk of cards. */
let site: IngestedSite;
/** Each ordinal's card, newest first. */
let cards: ArticleCard[];
let days: Int32Array;

beforeAll(async () => {
  site = await ingestedSite({ copies: 3 });
  cards = numberedChunksNewestFirst(site.manifest).flatMap(
    (chunk) => JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[],
  );
  days = daysFromGaps((JSON.parse(site.files.get('index/columns.json')!) as ArticleColumns).dayGaps);
}, 120_000);

afterEach(() => vi.unstubAllGlobals());

const readOf = (ids: Array<[id: string, date?: string]>, allUpTo: string | null = null): ReadArticles => ({
  ids: new Set(ids.map(([id]) => id)),
  dates: new Map(ids.filter((entry): entry is [string, string] => entry[1] !== undefined)),
  allUpTo,
});

/** The ordinals the mask hides. */
const hidden = (mask: Uint8Array) => [...mask.keys()].filter((ordinal) => mask[ordinal] === 0);

describe('hiding read articles by ordinal', () => {
  it('places each read article through its day, reading only the card chunks of those days', async () => {
    expect(site.manifest.chunkCount).toBeGreaterThan(1);
    const newest = cards[3]!;
    const oldest = cards[cards.length - 2]!;
    const served = serveSite(site);
    const mask = await unreadMask(
      new QueryClient(),
      site.manifest,
      days,
      readOf([
        [newest.id, newest.date],
        [oldest.id, oldest.date],
      ]),
    );
    expect(hidden(mask)).toEqual([3, cards.length - 2]);
    const chunksOf = (ordinals: number[]) => ordinals.map((ordinal) => `index/cards/${cardPlace(ordinal, site.manifest).chunk}.json`);
    const dayOrdinals = (card: ArticleCard) => cards.flatMap((each, ordinal) => (each.date === card.date ? [ordinal] : []));
    expect(new Set(served.requests)).toEqual(new Set(chunksOf([...dayOrdinals(newest), ...dayOrdinals(oldest)])));
    expect(served.requests.some((path) => path.startsWith('articles/'))).toBe(false);
  });

  it('hides everything up to "mark all as read" by date alone, without a card', async () => {
    const served = serveSite(site);
    const upTo = cards[10]!.date;
    const mask = await unreadMask(new QueryClient(), site.manifest, days, readOf([], upTo));
    expect(hidden(mask)).toEqual(cards.flatMap((card, ordinal) => (card.date <= upTo ? [ordinal] : [])));
    expect(served.requests).toEqual([]);
  });

  it('places an id kept without a day, or on a day it has left, through its article; one that left the archive hides nothing', async () => {
    const served = serveSite(site);
    const undated = cards[5]!;
    const moved = cards[20]!;
    const otherDay = cards.find((card) => card.date !== moved.date)!.date;
    const mask = await unreadMask(
      new QueryClient(),
      site.manifest,
      days,
      readOf([[undated.id], [moved.id, otherDay], ['gone-from-the-archive', cards[0]!.date], ['gone-too']]),
    );
    expect(hidden(mask)).toEqual([5, 20]);
    expect(served.requests.filter((path) => path.startsWith('articles/')).sort()).toEqual(
      [undated.id, moved.id, 'gone-from-the-archive', 'gone-too'].map((id) => `articles/${id}.json`).sort(),
    );
  });
});
