import { useQuery } from '@tanstack/react-query';
import type { SiteManifest } from '@/article/site-index';
import { highlightParts } from '@/search/query/highlight';
import { FIELD } from '@/search/shared/search-format';
import { cardPlace } from '@/data/card-chunks';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { ArticleCard, cardClassName } from '@/ui/article-card';
import { HighlightedText } from './highlighted-text';
import { MatchingQuotes } from './matching-quotes';
import styles from './search-hit.module.css';
import { useNearViewport } from '@/ui/use-near-viewport';

type Props = {
  ordinal: number;
  fields: number;
  terms: ReadonlySet<string>;
  manifest: SiteManifest;
  /** False while the search may still be replaced by the next keystroke's: show only what is already here. */
  load: boolean;
};

/**
 * One search result: the article's card (from the list's own cards chunks) with the matched words marked
 * in its title and excerpt, and, when the words were found in what someone said, the matching quotations.
 */
export function SearchHit({ ordinal, fields, terms, manifest, load }: Props) {
  const { chunk, index } = cardPlace(ordinal, manifest);
  const [ref, near] = useNearViewport();
  const { data, isError } = useQuery({ ...cardsChunkQueryOptions(chunk), enabled: near && load });
  const card = data?.[index];
  if (!card) {
    return (
      <article ref={ref} className={`${cardClassName} ${styles.hit}`} aria-busy={!isError}>
        <p className={styles.pending}>{isError ? 'This result could not be loaded.' : 'Loading…'}</p>
      </article>
    );
  }
  // The list's card, as tall as its content: a hit may show what was said.
  return (
    <ArticleCard
      card={card}
      manifest={manifest}
      className={styles.hit}
      idPrefix="hit"
      quotations={false}
      title={<HighlightedText parts={highlightParts(card.title, terms)} />}
      excerpt={<HighlightedText parts={highlightParts(card.excerpt, terms)} />}
    >
      {(fields & (FIELD.quote | FIELD.speaker)) !== 0 && <MatchingQuotes id={card.id} terms={terms} load={load} />}
    </ArticleCard>
  );
}
