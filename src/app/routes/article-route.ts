import { isArticleId } from '@/article/article-id-format';
import { articleQueryOptions } from '@/data/article-query';
import { DataNotFound } from '@/data/data-errors';
import { manifestQueryOptions } from '@/data/manifest-query';
import { NotFound } from '../not-found';
import { ArticleSkeleton } from '@/features/articles/article/article-skeleton';
import type { PersonSlug } from '@/features/articles/article/speaker-path-context';
import { lazyPage, type AppRoute } from './app-route';
import { routeTable } from './route-table';

export type ArticleRouteData = { id: string; personSlug: PersonSlug };

/**
 * Loads the article's own file (a missing one is a NotFound), the manifest for topic labels and the
 * code that makes speakers' page slugs (features/articles/article/speaker-path-context.ts says why it
 * is loaded here).
 */
export const articleRoute: AppRoute<ArticleRouteData> = {
  name: 'article',
  view: routeTable.article,
  ...lazyPage(async () => (await import('./article-page')).ArticlePage),
  Skeleton: ArticleSkeleton,
  load: async (queryClient, { params }) => {
    const id = params.id ?? '';
    if (!isArticleId(id)) throw new NotFound({ missing: 'article', id });
    const article = queryClient.ensureQueryData(articleQueryOptions(id)).catch((error: unknown) => {
      throw error instanceof DataNotFound ? new NotFound({ missing: 'article', id }) : error;
    });
    // The card chunks that hold its neighbours are the page's to fetch (use-article-neighbours.ts): the
    // code that finds them is not in every view's first download.
    const [, , { personSlug }] = await Promise.all([
      article,
      queryClient.ensureQueryData(manifestQueryOptions()),
      import('@/article/person-slug'),
    ]);
    return { id, personSlug };
  },
};
