import type { CSSProperties } from 'react';
import { Link } from 'react-router';
import type { ArticleCard as Card, SiteManifest } from '../../../article/site-index';
import { paths } from '../../../ui/paths';
import { SaveButton } from '../../saved/save-button';
import { shortDate } from '@/ui/day-label';
import { topicsOf } from '@/data/topic-labels';
import styles from './article-card.module.css';
import { quotationSummary } from './quotation-summary';

type Props = { card: Card; manifest: Pick<SiteManifest, 'topics'>; style?: CSSProperties };

/** One list item. The whole card is clickable through its title link, which stays the only link. */
export function ArticleCard({ card, manifest, style }: Props) {
  const titleId = `card-${card.id}`;
  const topics = topicsOf(card.topics, manifest);
  const quotations = quotationSummary(card);
  return (
    <article className={styles.card} style={style} aria-labelledby={titleId}>
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
            {card.title}
          </Link>
        </h3>
        <p className={styles.excerpt}>{card.excerpt}</p>
        <p className={styles.meta}>
          <time dateTime={card.date}>{shortDate(card.date)}</time>
          <span>{card.readingMinutes} min read</span>
          {quotations && <span className={styles.quotations}>{quotations}</span>}
        </p>
      </div>
      <SaveButton article={{ id: card.id, title: card.title, date: card.date }} describedBy={titleId} inCard />
    </article>
  );
}
