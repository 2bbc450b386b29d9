import { dayNumber } from '@/article/day-number';
import type { ArticleCard, SiteManifest } from '@/article/site-index';
import { cardPlace } from './card-chunks';

/** Ordinals [start, end) of the articles of one day; empty when the day has none. */
export type OrdinalRange = { start: number; end: number };

/**
 * Where an article's day sits in the list, from the manifest's day histogram: the article is one of
 * these ordinals (same-day articles are ordered by id), so only the card chunks around it are needed
 * to find its neighbours.
 */
export function ordinalRangeOfDate(days: SiteManifest['days'], isoDate: string): OrdinalRange {
  const target = dayNumber(isoDate);
  let start = 0;
  for (const [day, count] of days) {
    if (day === target) return { start, end: start + count };
    // Days run newest first: once past the target, it has no articles.
    if (day < target) break;
    start += count;
  }
  return { start, end: start };
}

type Layout = Pick<SiteManifest, 'chunkSize' | 'articleCount'>;

/** A day's articles and the one article either side of them, as list positions [start, end). */
function aroundDay(range: OrdinalRange, manifest: Layout): OrdinalRange {
  if (manifest.articleCount === 0 || range.end === range.start) return { start: 0, end: 0 };
  return { start: Math.max(0, range.start - 1), end: Math.min(manifest.articleCount, range.end + 1) };
}

/** The card chunks that hold a day's articles and the one article either side of them, each once. */
export function chunksAround(range: OrdinalRange, manifest: Layout): number[] {
  const { start, end } = aroundDay(range, manifest);
  const chunks = new Set<number>();
  for (let ordinal = start; ordinal < end; ordinal += 1) chunks.add(cardPlace(ordinal, manifest).chunk);
  return [...chunks];
}

/**
 * The cards of a day's articles and the one either side, in list order, from the chunks chunksAround
 * names (`chunkCards[i]` is chunk `chunks[i]`): the newest chunk and the numbered ones overlap, so the
 * cards are picked by position, each once.
 */
export function cardsAround(
  range: OrdinalRange,
  manifest: Layout,
  chunks: readonly number[],
  chunkCards: readonly (readonly ArticleCard[])[],
): ArticleCard[] {
  const byChunk = new Map(chunks.map((chunk, at) => [chunk, chunkCards[at]!]));
  const { start, end } = aroundDay(range, manifest);
  const cards: ArticleCard[] = [];
  for (let ordinal = start; ordinal < end; ordinal += 1) {
    const { chunk, index } = cardPlace(ordinal, manifest);
    const card = byChunk.get(chunk)?.[index];
    if (card) cards.push(card);
  }
  return cards;
}

export type Neighbours = {
  previous: ArticleCard | null;
  next: ArticleCard | null;
  /** Cards on the article's main topic ("More on <topic>" names it), the most topics shared first, then the nearest. */
  related: ArticleCard[];
};

/** The list position of the article `id` on its day (`range`), from the chunks chunksAround names; null if absent. */
export function ordinalOfCard(
  id: string,
  range: OrdinalRange,
  manifest: Layout,
  chunks: readonly number[],
  chunkCards: readonly (readonly ArticleCard[])[],
): number | null {
  const byChunk = new Map(chunks.map((chunk, at) => [chunk, chunkCards[at]!]));
  for (let ordinal = range.start; ordinal < range.end; ordinal += 1) {
    const { chunk, index } = cardPlace(ordinal, manifest);
    if (byChunk.get(chunk)?.[index]?.id === id) return ordinal;
  }
  return null;
}

/**
 * Previous and next by list order (previous is newer, higher up the list) and related cards, found in
 * the loaded chunks. `cards` are consecutive cards, in list order (cardsAround). Related cards leave out the
 * previous and next ones, which are shown anyway.
 */
export function neighboursIn(
  cards: readonly ArticleCard[],
  article: { id: string; topics: readonly string[] },
  relatedLimit = 4,
): Neighbours {
  const index = cards.findIndex((card) => card.id === article.id);
  if (index < 0) return { previous: null, next: null, related: [] };
  const topics = new Set(article.topics);
  const [mainTopic] = article.topics;
  const related = cards
    .map((card, at) => ({ card, shared: card.topics.filter((topic) => topics.has(topic)).length, distance: Math.abs(at - index) }))
    .filter(({ card, distance }) => mainTopic !== undefined && card.topics.includes(mainTopic) && distance > 1)
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance)
    .slice(0, relatedLimit)
    .map(({ card }) => card);
  return { previous: cards[index - 1] ?? null, next: cards[index + 1] ?? null, related };
}
