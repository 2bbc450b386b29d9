import { use, type CSSProperties, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { ArticleCard as Card, SiteManifest } from '@/article/site-index';
import styles from './article-card.module.css';
import { CardActions } from './card-actions';
import { listOriginAt, listOriginState } from './list-origin';
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
  /** Opened before in this browser: the title is dimmed and the meta line says "Read". */
  read?: boolean;
  /** The card's place in the archive, when a list needs it back from the page (data-ordinal). */
  ordinal?: number;
};

/** The class that gives an element the card's look (a placeholder where a card will be). */
export const cardClassName = styles.card;

/**
 * One article as a card: the list's items and the search results. The whole card is clickable through
 * its title link, which stays the only link; the page's actions (CardActions) end the meta line, in a
 * box of their own, so they never cover its text.
 */
export function ArticleCard({
  card,
  manifest,
  style,
  title,
  excerpt,
  children,
  idPrefix = 'card',
  className,
  quotations = true,
  read = false,
  ordinal,
}: Props) {
  const actions = use(CardActions);
  const { pathname, search } = useLocation();
  // Opened from the list, the article page follows this list (its filters and search) with j/k.
  const origin = listOriginAt(pathname, search);
  const titleId = `${idPrefix}-${card.id}`;
  // One topic, the article's main one: a card is scanned, and its article page lists them all.
  const topic = topicsOf(card.topics, manifest)[0];
  const summary = quotations ? quotationSummary(card) : null;
  const shownExcerpt = excerpt ?? card.excerpt;
  return (
    <article
      className={className ? `${styles.card} ${className}` : styles.card}
      style={style}
      aria-labelledby={titleId}
      data-read={read || undefined}
      data-ordinal={ordinal}
    >
      <h3 className={styles.title} id={titleId}>
        <Link to={paths.article(card.id)} state={listOriginState(origin)} className={styles.link}>
          {title ?? card.title}
        </Link>
      </h3>
      {card.excerpt && <p className={styles.excerpt}>{shownExcerpt}</p>}
      {children}
      <div className={styles.metaRow}>
        <p className={styles.meta}>
          {topic && (
            <span className={styles.topic}>
              <span className="visually-hidden">Topic: </span>
              {topic.label}
            </span>
          )}
          {read && <span className={styles.read}>Read</span>}
          <time dateTime={card.date}>{shortDate(card.date)}</time>
          <span className={styles.minutes}>{card.readingMinutes} min read</span>
          {summary && <span className={styles.quotations}>{summary}</span>}
        </p>
        {actions({ id: card.id, title: card.title, date: card.date }, titleId)}
      </div>
    </article>
  );
}
