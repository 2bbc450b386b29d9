import { Link } from 'react-router';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import { paths } from '@/ui/paths';
import { longDate } from '@/ui/day-label';
import type { QuotationIndex } from '../model/quotation-index';
import { usePersonPath } from './speaker-path-context';
import { topicsOf } from '@/ui/topic-labels';
import styles from './article-header.module.css';

type Props = {
  article: Pick<Article, 'title' | 'date' | 'topics' | 'readingMinutes' | 'metadata'>;
  manifest: Pick<SiteManifest, 'topics'>;
  quotations: QuotationIndex;
};

export const ARTICLE_TITLE_ID = 'article-title';
/** The header names the most relevant few; every topic stays in the data, for the filters. */
const HEADER_TOPICS = 3;

/** Topics, the title (the page's only h1), byline, date, reading time and who is quoted. */
export function ArticleHeader({ article, manifest, quotations }: Props) {
  const topics = topicsOf(article.topics, manifest).slice(0, HEADER_TOPICS);
  const { byline, timestamps = [] } = article.metadata ?? {};
  return (
    <header className={styles.header}>
      {topics.length > 0 && (
        <ul className={styles.topics} aria-label="Topics">
          {topics.map((topic) => (
            <li key={topic.qcode}>
              <Link to={paths.topic(topic.slug)} className={styles.topic}>
                {topic.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <h1 id={ARTICLE_TITLE_ID} className={styles.title}>
        {article.title}
      </h1>
      {byline && <p className={styles.byline}>{byline}</p>}
      <p className={styles.meta}>
        <time dateTime={article.date}>{longDate(article.date)}</time>
        {timestamps.map((timestamp) => (
          <span key={timestamp}>{timestamp}</span>
        ))}
        <span>{article.readingMinutes} min read</span>
      </p>
      {quotations.speakers.length > 0 && <QuotedPeople quotations={quotations} />}
    </header>
  );
}

/** "Quoted: Jens Stoltenberg (3)", each name a link to that speaker's page: what else they said across the archive. */
function QuotedPeople({ quotations }: { quotations: QuotationIndex }) {
  const personPath = usePersonPath();
  return (
    <p className={styles.quoted}>
      <span className={styles.quotedLabel}>Quoted</span>
      {quotations.speakers.map((speaker) => {
        const theirs = quotations.quotations.filter((quotation) => quotation.speaker === speaker);
        return (
          <Link key={speaker} to={personPath(speaker)} className={styles.speaker}>
            {speaker}
            <span className={styles.speakerCount}>
              {' '}
              ({theirs.length}
              <span className="visually-hidden">{theirs.length === 1 ? ' quotation' : ' quotations'}</span>)
            </span>
          </Link>
        );
      })}
    </p>
  );
}
