import { Link } from 'react-router';
import type { Article } from '@/article/article-schema';
import type { ArticleCard, SiteManifest } from '@/article/site-index';
import { listOriginState } from '@/ui/list-origin';
import { paths } from '@/ui/paths';
import { RetryButton } from '@/ui/retry-button';
import { shortDate } from '@/ui/day-label';
import { topicsOf } from '@/ui/topic-labels';
import styles from './article-neighbours.module.css';
import { useArticleNeighbours } from './use-article-neighbours';

type Props = { article: Pick<Article, 'id' | 'date' | 'topics'>; manifest: SiteManifest };

/** Previous and next in the order of the list it was opened from (or the archive's), then more on the article's main topic. */
export function ArticleNeighbours({ article, manifest }: Props) {
  const state = useArticleNeighbours(article, manifest);
  if (state.status === 'loading') return <div className={styles.placeholder} aria-hidden="true" />;
  if (state.status === 'error') {
    return (
      <div className={styles.failed}>
        <p>The neighbouring articles could not be loaded.</p>
        <RetryButton onRetry={state.retry} />
      </div>
    );
  }
  const [mainTopic] = topicsOf(article.topics, manifest);
  return (
    <>
      {(state.previous || state.next) && (
        <nav className={styles.sequence} aria-label="Previous and next articles">
          {state.previous && <SequenceLink card={state.previous} direction="previous" origin={state.origin} />}
          {state.next && <SequenceLink card={state.next} direction="next" origin={state.origin} />}
        </nav>
      )}
      {mainTopic && state.related.length > 0 && (
        <section className={styles.related} aria-labelledby="related-heading">
          <div className={styles.relatedHeader}>
            <h2 id="related-heading" className={styles.relatedHeading}>
              More on {mainTopic.label}
            </h2>
            <Link to={paths.topic(mainTopic.slug)} className={styles.all}>
              All {mainTopic.label} articles
            </Link>
          </div>
          <ul className={styles.relatedList}>
            {state.related.map((card) => (
              <li key={card.id}>
                <Link to={paths.article(card.id)} className={styles.relatedLink}>
                  {card.title}
                </Link>
                <time dateTime={card.date} className={styles.date}>
                  {shortDate(card.date)}
                </time>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

type SequenceLinkProps = {
  card: ArticleCard;
  direction: 'previous' | 'next';
  /** The list followed (its filter query string), which the next article follows too; null for the archive. */
  origin: string | null;
};

function SequenceLink({ card, direction, origin }: SequenceLinkProps) {
  return (
    <Link
      to={paths.article(card.id)}
      state={listOriginState(origin)}
      rel={direction === 'previous' ? 'prev' : 'next'}
      className={styles.step}
      data-direction={direction}
    >
      <span className={styles.stepLabel}>{direction === 'previous' ? '← Previous article' : 'Next article →'}</span>
      <span className={styles.stepTitle}>{card.title}</span>
      <time dateTime={card.date} className={styles.date}>
        {shortDate(card.date)}
      </time>
    </Link>
  );
}
