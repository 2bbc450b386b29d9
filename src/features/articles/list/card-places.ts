import type { QueryClient } from '@tanstack/react-query';
import type { SiteManifest } from '@/article/site-index';
import { cardPlace } from '@/data/card-chunks';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { rowAt, type ListLayout } from '../model/list-layout';

/** A list card's title id: ArticleCard's default prefix and the article's id. */
const titleIdOf = (articleId: string) => `card-${articleId}`;

/** Where cards are in the list drawn now, for giving focus back after Back (use-return-focus.ts). */
export type CardPlaces = {
  /** The archive ordinal of a card among the drawn rows, by its title's id; null when it is not one of them. */
  ordinalOf(titleId: string): number | null;
  /**
   * The title id of the card this list shows at an archive ordinal or, when that article is no longer
   * listed (hidden once read), the next one listed after it; the last one when none is. Null for an
   * empty list, or when its cards cannot be loaded.
   */
  titleIdAtOrAfter(ordinal: number): Promise<string | null>;
};

type Options = {
  layout: ListLayout;
  /** The rows drawn now. */
  drawn: { first: number; last: number };
  /** The archive ordinal of the nth article listed (ascending: the list is newest first, as the archive). */
  ordinalAt: (position: number) => number;
  manifest: SiteManifest;
  queryClient: QueryClient;
};

export function cardPlaces({ layout, drawn, ordinalAt, manifest, queryClient }: Options): CardPlaces {
  const cardAt = (ordinal: number) => {
    const { chunk, index } = cardPlace(ordinal, manifest);
    return { chunk, index, cards: queryClient.getQueryData(cardsChunkQueryOptions(chunk).queryKey) };
  };
  return {
    ordinalOf(titleId) {
      // Only the drawn rows can hold the card clicked, and their chunks have arrived: no request.
      for (let row = drawn.first; row <= drawn.last && row < layout.rowCount; row += 1) {
        const place = rowAt(layout, row);
        if (place.kind !== 'article') continue;
        const ordinal = ordinalAt(place.ordinal);
        const { cards, index } = cardAt(ordinal);
        if (cards?.[index] && titleIdOf(cards[index].id) === titleId) return ordinal;
      }
      return null;
    },
    async titleIdAtOrAfter(ordinal) {
      const count = layout.rowCount - layout.days.length;
      if (count === 0) return null;
      const shown = ordinalAt(Math.min(firstPositionAtOrAfter(ordinal, count, ordinalAt), count - 1));
      const { chunk, index } = cardAt(shown);
      try {
        const cards = await queryClient.fetchQuery(cardsChunkQueryOptions(chunk));
        return cards[index] ? titleIdOf(cards[index].id) : null;
      } catch {
        return null;
      }
    },
  };
}

/** The first list position whose archive ordinal is at least `ordinal` (`count` when none is). */
function firstPositionAtOrAfter(ordinal: number, count: number, ordinalAt: (position: number) => number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ordinalAt(middle) < ordinal) low = middle + 1;
    else high = middle;
  }
  return low;
}
