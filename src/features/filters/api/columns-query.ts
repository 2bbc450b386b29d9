import { queryOptions } from '@tanstack/react-query';
import type { ArticleColumns } from '../../../article/site-index';
import { DataMalformed } from '../../articles/api/data-errors';
import { dataUrl } from '../../articles/api/data-url';
import { fetchJson } from '../../articles/api/fetch-json';

/** index/columns.json: one compact row per article, fetched only once a filter needs it (or when idle). */
export function columnsQueryOptions() {
  return queryOptions({
    queryKey: ['columns'],
    queryFn: async ({ signal }) => {
      const url = dataUrl('index/columns.json');
      const value = (await fetchJson(url, signal)) as Partial<ArticleColumns> | null;
      const fits = Array.isArray(value?.dayGaps) && Array.isArray(value.topicSets) && Array.isArray(value.topicSetOfArticle);
      if (!fits) throw new DataMalformed(url, 'it is not the article columns');
      return value as ArticleColumns;
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
