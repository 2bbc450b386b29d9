import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isEmptyQuery } from '@/search/query/parse-query';
import type { RankedOrdinals } from '@/search/query/score-tally';
import { withinFilters } from '@/search/query/within-filters';
import { searchQueryOptions } from '@/data/search/search-query';

export type SearchHits = RankedOrdinals & {
  /** The search these hits are for: while the newest one runs, the previous one's hits stay shown. */
  text: string;
  terms: ReadonlySet<string>;
  /** The text had no word to search for (only stopwords or punctuation). */
  nothingToSearch: boolean;
};

/**
 * The hits for `text`, best first, within the list's filters when `filtered` holds their ordinals (the
 * filter engine's, newest first). `busy` while the hits shown are not yet those of `text`.
 */
export function useSearchResults(text: string, articleCount: number, filtered: Uint32Array | undefined) {
  const { data, error, refetch } = useQuery({
    ...searchQueryOptions(text),
    placeholderData: keepPreviousData,
  });
  const hits = useMemo((): SearchHits | undefined => {
    if (!data) return undefined;
    const ranked = filtered ? withinFilters(data.results, filtered, articleCount) : data.results;
    return { ...ranked, text: data.text, terms: new Set(data.results.terms), nothingToSearch: isEmptyQuery(data.results.query) };
  }, [data, filtered, articleCount]);
  return { hits, error, busy: !error && data?.text !== text, retry: () => void refetch() };
}
