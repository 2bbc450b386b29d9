import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { SiteManifest } from '../../article/site-index';
import { highlightParts } from '../../search/query/highlight';
import { FIELD } from '../../search/shared/search-format';
import { paths } from '../../ui/paths';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { shortDate } from '@/ui/day-label';
import { topicsOf } from '@/data/topic-labels';
import cardStyles from '../articles/list/article-card.module.css';
import { SaveButton } from '../saved/save-button';
import { HighlightedText } from './highlighted-text';
import { MatchingQuotes } from './matching-quotes';
import styles from './search-hit.module.css';
import { useNearViewport } from './use-near-viewport';

type Props = { ordinal: number; fields: number; terms: ReadonlySet<string>; manifest: SiteManifest };

/**
 * One search result: the article's card (from the list's own cards chunks) with the matched words marked
 * in its title and excerpt, and, when the words were found in what someone said, the matching quotations.
 */
export function SearchHit({ ordinal, fields, terms, manifest }: Props) {
  const chunk = Math.floor(ordinal / manifest.chunkSize);
  const [ref, near] = useNearViewport();
  const { data, isError } = useQuery({ ...cardsChunkQueryOptions(chunk), enabled: near });
  const card = data?.[ordinal - chunk * manifest.chunkSize];
  if (!card) {
    return (
      <article ref={ref} className={`${cardStyles.card} ${styles.hit}`} aria-busy={!isError}>
        <p className={styles.pending}>{isError ? 'This result could not be loaded.' : 'Loading…'}</p>
      </article>
    );
  }
  const titleId = `hit-${card.id}`;
  const topics = topicsOf(card.topics, manifest);
  // The list card's look (article-card.module.css), as tall as its content: a hit may show what was said.
  return (
    <article className={`${cardStyles.card} ${styles.hit}`} aria-labelledby={titleId}>
      <p className={cardStyles.topics}>
        {topics.length > 0 && <span className="visually-hidden">Topics: </span>}
        {topics.map((topic, index) => (
          <span key={topic.qcode} className={cardStyles.topic}>
            {topic.label}
            {index < topics.length - 1 && <span className="visually-hidden">, </span>}
          </span>
        ))}
      </p>
      <div className={cardStyles.body}>
        <h3 className={cardStyles.title} id={titleId}>
          <Link to={paths.article(card.id)} className={cardStyles.link}>
            <HighlightedText parts={highlightParts(card.title, terms)} />
          </Link>
        </h3>
        <p className={cardStyles.excerpt}>
          <HighlightedText parts={highlightParts(card.excerpt, terms)} />
        </p>
        {(fields & (FIELD.quote | FIELD.speaker)) !== 0 && <MatchingQuotes id={card.id} terms={terms} />}
        <p className={cardStyles.meta}>
          <time dateTime={card.date}>{shortDate(card.date)}</time>
          <span>{card.readingMinutes} min read</span>
        </p>
      </div>
      <SaveButton article={{ id: card.id, title: card.title, date: card.date }} describedBy={titleId} inCard />
    </article>
  );
}
