import { use, type CSSProperties, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { ArticleCard as Card, SiteManifest } from '@/article/site-index';
import styles from './article-card.module.css';
import { CardActions } from './card-actions';
import { shortDate } from './day-label';
import { paths } from './paths';
import { quotationSummary } from './quotation-summary';
import { topicsOf } from './topic-labels';

type Props = {
  card: Card;
  manifest: Pick<SiteManifest, 'topics'>;
  style?: CSSProperties;
  /** The card's title and excerpt as drawn, when not as written (search results mark the matched words). */
  title?: ReactNode;
  excerpt?: ReactNode;
  /** Drawn under the excerpt (search results: what was said that matched). */
  children?: ReactNode;
  /** Where the title's id starts, unique on the page: a list card's `card-`, a search hit's `hit-`. */
  idPrefix?: string;
  /** The card's look plus the caller's additions. */
  className?: string;
  /** The "3 quotations, most by ..." line in the card's meta (a search hit shows the quotations themselves). */
  quotations?: boolean;
};

/** The class that gives an element the card's look (a placeholder where a card will be). */
export const cardClassName = styles.card;

/**
 * One article as a card: the list's items and the search results. The whole card is clickable through
 * its title link, which stays the only link; the page's actions (CardActions) sit beside it.
 */
export function ArticleCard({ card, manifest, style, title, excerpt, children, idPrefix = 'card', className, quotations = true }: Props) {
  const actions = use(CardActions);
  const titleId = `${idPrefix}-${card.id}`;
  const topics = topicsOf(card.topics, manifest);
  const summary = quotations ? quotationSummary(card) : null;
  return (
    <article className={className ? `${styles.card} ${className}` : styles.card} style={style} aria-labelledby={titleId}>
      <p className={styles.topics}>
        {topics.length > 0 && <span className="visually-hidden">Topics: </span>}
        {topics.map((topic, index) => (
          <span key={topic.qcode} className={styles.topic}>
            {topic.label}
            {index < topics.length - 1 && <span className="visually-hidden">, </span>}
          </span>
        ))}
      </p>
      <div className={styles.body}>
        <h3 className={styles.title} id={titleId}>
          <Link to={paths.article(card.id)} className={styles.link}>
            {title ?? card.title}
          </Link>
        </h3>
        <p className={styles.excerpt}>{excerpt ?? card.excerpt}</p>
        {children}
        <p className={styles.meta}>
          <time dateTime={card.date}>{shortDate(card.date)}</time>
          <span>{card.readingMinutes} min read</span>
          {summary && <span className={styles.quotations}>{summary}</span>}
        </p>
      </div>
      {actions({ id: card.id, title: card.title, date: card.date }, titleId)}
    </article>
  );
}
