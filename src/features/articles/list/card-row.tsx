import { useQuery } from '@tanstack/react-query';
import { memo, type CSSProperties } from 'react';
import type { SiteManifest } from '@/article/site-index';
import { RetryButton } from '@/ui/retry-button';
import { cardPlace } from '@/data/card-chunks';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { isRead, useReadArticles } from '@/data/read-articles';
import { ArticleCard } from '@/ui/article-card';
import styles from './card-row.module.css';
import { CardSkeleton } from './card-skeleton';
import { samePlace } from './same-place';

type Props = { ordinal: number; manifest: SiteManifest; style: CSSProperties };

/**
 * One article's row: its card once its chunk has arrived. Rows of one chunk share one request; a
 * chunk whose rows all scroll away before it arrives is cancelled (the fetch takes the query's signal).
 */
export const CardRow = memo(function CardRow({ ordinal, manifest, style }: Props) {
  const { chunk, index } = cardPlace(ordinal, manifest);
  const { data, isError, refetch, isRefetching } = useQuery(cardsChunkQueryOptions(chunk));
  const card = data?.[index];
  const read = useReadArticles();
  if (card) return <ArticleCard card={card} manifest={manifest} style={style} read={isRead(read, card)} ordinal={ordinal} />;
  if (isError) {
    return (
      <div className={styles.failed} style={style}>
        <p>These articles could not be loaded.</p>
        <RetryButton onRetry={() => void refetch()} busy={isRefetching} />
      </div>
    );
  }
  return <CardSkeleton style={style} />;
}, sameRow);

/** A row redrawn elsewhere in the list only when it moved or now shows another article (a scroll, a filter). */
function sameRow(before: Props, after: Props): boolean {
  return before.ordinal === after.ordinal && before.manifest === after.manifest && samePlace(before.style, after.style);
}
