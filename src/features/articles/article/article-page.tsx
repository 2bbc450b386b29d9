import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { HeadingBlock } from '../../../article/article-schema';
import { articleRoute } from '../../../app/routes/article-route';
import { useRouteData } from '../../../app/routes/route-query';
import { SaveButton } from '../../saved/save-button';
import { articleQueryOptions } from '@/data/article-query';
import { manifestQueryOptions } from '@/data/manifest-query';
import { quotationIndex } from '../model/quotation-index';
import { ArticleBody } from './article-body';
import { ArticleEndMatter } from './article-end-matter';
import { ARTICLE_TITLE_ID, ArticleHeader } from './article-header';
import { ArticleNeighbours } from './article-neighbours';
import styles from './article-page.module.css';
import { TableOfContents } from './table-of-contents';
import { useOpenAtFragment } from './use-open-at-fragment';

/** `/articles/:id`: one article, with its sections, highlighted quotations and its neighbours. */
export function ArticlePage() {
  // The route's data: a missing article is thrown here as a NotFound (the not-found page).
  const { id } = useRouteData(articleRoute);
  const { data: article } = useSuspenseQuery(articleQueryOptions(id));
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const quotations = useMemo(() => quotationIndex(article.blocks), [article.blocks]);
  const headings = useMemo(
    () => article.blocks.filter((block): block is HeadingBlock => block.type === 'heading'),
    [article.blocks],
  );
  useOpenAtFragment();

  return (
    <div className={`page-width ${styles.page}`} data-has-contents={headings.length > 0}>
      <title>{`${article.title} · Broadsheet`}</title>
      <article className={styles.article} aria-labelledby={ARTICLE_TITLE_ID}>
        <div className={styles.header}>
          <ArticleHeader article={article} manifest={manifest} quotations={quotations} />
          <SaveButton article={{ id: article.id, title: article.title, date: article.date }} describedBy={ARTICLE_TITLE_ID} />
        </div>
        {headings.length > 0 && (
          <div className={styles.contents}>
            <TableOfContents headings={headings} />
          </div>
        )}
        <div className={styles.text}>
          <ArticleBody article={article} />
          <ArticleEndMatter metadata={article.metadata} />
        </div>
      </article>
      <aside className={styles.more} aria-label="More articles">
        <ArticleNeighbours key={article.id} article={article} manifest={manifest} />
      </aside>
    </div>
  );
}
