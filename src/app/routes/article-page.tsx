import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { HeadingBlock } from '@/article/article-schema';
import { SaveButton } from '@/features/saved/save-button';
import { articleQueryOptions } from '@/data/article-query';
import { manifestQueryOptions } from '@/data/manifest-query';
import { markRead } from '@/data/read-articles';
import { quotationIndex } from '@/features/articles/model/quotation-index';
import { ArticleBody } from '@/features/articles/article/article-body';
import { ArticleEndMatter } from '@/features/articles/article/article-end-matter';
import { ARTICLE_TITLE_ID, ArticleHeader } from '@/features/articles/article/article-header';
import { ArticleNeighbours } from '@/features/articles/article/article-neighbours';
import { PrintLine } from '@/features/articles/article/print-line';
import styles from './article-page.module.css';
import { TableOfContents } from '@/features/articles/article/table-of-contents';
import { useOpenAtFragment } from '@/features/articles/article/use-open-at-fragment';
import { PersonSlugContext } from '@/features/articles/article/speaker-path-context';
import type { ArticleRouteData } from './article-route';

/** `/articles/:id`: one article, with its sections, highlighted quotations and its neighbours. */
export function ArticlePage({ data: { id, personSlug } }: { data: ArticleRouteData }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(id));
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const quotations = useMemo(() => quotationIndex(article.blocks), [article.blocks]);
  const headings = useMemo(() => article.blocks.filter((block): block is HeadingBlock => block.type === 'heading'), [article.blocks]);
  useOpenAtFragment();
  // Opened is read: the list dims it from now on, in every tab.
  useEffect(() => markRead(article), [article]);

  return (
    <PersonSlugContext value={personSlug}>
      <div className={`page-width ${styles.page}`} data-has-contents={headings.length > 0}>
        <title>{`${article.title} · Broadsheet`}</title>
        <article className={styles.article} aria-labelledby={ARTICLE_TITLE_ID}>
          <PrintLine article={article} />
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
    </PersonSlugContext>
  );
}
