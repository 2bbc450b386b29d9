import { queryOptions } from '@tanstack/react-query';
import { checkArticle } from './check-article';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';

/** One article's file: the only article data that opening an article downloads. */
export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['article', id],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.article(encodeURIComponent(id)));
      return checkArticle(await fetchJson(url, signal), url, id);
    },
  });
}
