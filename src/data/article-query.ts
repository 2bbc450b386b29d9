import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';

/** One article's file: the only article data that opening an article downloads. */
export function articleQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['article', id],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.article(encodeURIComponent(id)));
      // The article's check comes with the article (fetched side by side), not in the list's code.
      const [value, { checkArticle }] = await Promise.all([fetchJson(url, signal), import('./check-article')]);
      return checkArticle(value, url, id);
    },
  });
}
