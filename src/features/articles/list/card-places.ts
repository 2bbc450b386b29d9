/** A list card's title id: ArticleCard's default prefix and the article's id. */
const titleIdOf = (articleId: string) => `card-${articleId}`;

/**
 * The list drawn now, as giving focus back after Back needs it (use-return-focus.ts, restore-focus.ts).
 * Functions, not the query client and the manifest: this module loads only after Back, and importing
 * the data modules here would make the bundler split them out of the entry (a request more for every view).
 */
export type ShownList = {
  /** How many articles are listed. */
  count: number;
  /** The archive ordinal of the nth article listed (ascending: the list is newest first, as the archive). */
  ordinalAt: (position: number) => number;
  /** The article at an archive ordinal, from its chunk of cards (fetched if need be). */
  articleAt: (ordinal: number) => Promise<{ id: string } | undefined>;
};

/**
 * The title id of the card the list shows at an archive ordinal or, when that article is no longer
 * listed (hidden once read), the next one listed after it; the last one when none is. Null for an
 * empty list, or when its cards cannot be loaded.
 */
export async function titleIdAtOrAfter({ count, ordinalAt, articleAt }: ShownList, ordinal: number): Promise<string | null> {
  if (count === 0) return null;
  try {
    const article = await articleAt(ordinalAt(Math.min(firstPositionAtOrAfter(ordinal, count, ordinalAt), count - 1)));
    return article ? titleIdOf(article.id) : null;
  } catch {
    return null;
  }
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
