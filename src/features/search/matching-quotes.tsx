import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { matchingQuotations } from '@/search/query/matching-quotations';
import { paths } from '@/ui/paths';
import { articleQueryOptions } from '@/data/article-query';
import { HighlightedText } from './highlighted-text';
import styles from './search-hit.module.css';

/** Quotations shown per hit: enough to see what was said, before opening the article. */
const SHOWN = 3;

/**
 * What was said, for a hit found in its quotations or speakers: the matching quotations, each with its
 * speaker, linking to the quotation in the article. The article's file loads for this (hits in view only,
 * once `load`: the search has settled).
 */
export function MatchingQuotes({ id, terms, load }: { id: string; terms: ReadonlySet<string>; load: boolean }) {
  const { data: article } = useQuery({ ...articleQueryOptions(id), enabled: load });
  const quotes = useMemo(() => (article ? matchingQuotations(article, terms).slice(0, SHOWN) : []), [article, terms]);
  if (quotes.length === 0) return null;
  return (
    <ul className={styles.quotes} aria-label="Matching quotations">
      {quotes.map((quote) => (
        <li key={quote.n}>
          <Link to={paths.quotation(id, quote.n)} className={styles.quote}>
            <q className={styles.said}>
              <HighlightedText parts={quote.parts} />
            </q>
            {quote.speaker && (
              <span className={styles.speaker}>
                {' '}
                <span aria-hidden="true">— </span>
                <span className="visually-hidden">said by </span>
                <HighlightedText parts={quote.speakerParts} />
              </span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
