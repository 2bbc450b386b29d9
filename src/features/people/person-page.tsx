import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PersonFile, PersonQuote } from '@/article/people-index';
import type { ListFilters } from '@/data/list-filters';
import { writeFilters } from '@/data/list-filters';
import { manifestQueryOptions } from '@/data/manifest-query';
import { personPageQueryOptions, personQueryOptions } from '@/data/people-query';
import { longDate } from '@/ui/day-label';
import { FilterNotices } from '@/ui/filter-notices';
import { formatCount } from '@/ui/format-count';
import { paths } from '@/ui/paths';
import { topicsOf } from '@/ui/topic-labels';
import { MonthChart } from './month-chart';
import { PeopleFilterForm } from './people-filter-form';
import { isFiltered, quotesMatching, type PeopleFilters } from './people-filters';
import styles from './people-pages.module.css';

type Props = { data: { slug: string; filters: ListFilters; notices: string[] } };

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;

/**
 * `/people/<slug>`: everything a speaker is quoted as saying across the archive, newest first, each with its
 * article and a link to the quotation in it; how often by month, on which topics, and who is quoted beside them.
 * The list's filters narrow the quotations (then every page of them is read).
 */
export function PersonPage({ data: { slug, filters, notices } }: Props) {
  const { data: person } = useSuspenseQuery(personQueryOptions(slug));
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const [pagesShown, setPagesShown] = useState(1);
  const topicSlugs = new Set(filters.topics);
  const qcodes = manifest.topics.filter((topic) => topicSlugs.has(topic.slug)).map((topic) => topic.qcode);
  const peopleFilters: PeopleFilters = { q: filters.q, from: filters.from, to: filters.to, qcodes };
  const filtered = isFiltered(peopleFilters);
  const pagesWanted = filtered ? person.pages : Math.min(pagesShown, person.pages);
  const further = useQueries({
    queries: Array.from({ length: pagesWanted - 1 }, (_, at) => personPageQueryOptions(slug, at + 1)),
  });
  const loadedAll = further.every((query) => query.isSuccess);
  const failed = further.find((query) => query.isError);
  const quotes = [...person.quotes, ...further.flatMap((query) => query.data ?? [])];
  const shown = filtered ? quotesMatching(quotes, peopleFilters) : quotes;
  const topics = topicsOf(
    person.topics.map(([qcode]) => qcode),
    manifest,
  );
  const pathFor = (query: string) => paths.person(slug, query);

  return (
    <div className={`page-width ${styles.page}`}>
      <title>{`${person.name} · Who said what · Broadsheet`}</title>
      <header className={styles.header}>
        <p className={styles.kicker}>
          <Link to={paths.people()}>Who said what</Link>
        </p>
        <h1 className={styles.heading}>{person.name}</h1>
        <p className={styles.summary}>
          {plural(person.count, 'quotation', 'quotations')} in {plural(person.articles, 'article', 'articles')}
          {person.otherNames.length > 0 && `; also written ${person.otherNames.join(', ')}`}
        </p>
      </header>
      <FilterNotices notices={notices} />
      <div className={styles.layout}>
        <div className={styles.main}>
          <PeopleFilterForm filters={filters} topics={topics} pathFor={pathFor} wordsLabel="Words in their quotations" />
          <h2 className={styles.subheading} aria-live="polite">
            {filtered
              ? loadedAll
                ? `${plural(shown.length, 'quotation', 'quotations')} of ${formatCount(person.count)} match the filters`
                : 'Reading every quotation…'
              : 'Quotations, newest first'}
          </h2>
          {failed && <p role="alert">Some older quotations could not be loaded: {failed.error?.message}</p>}
          {filtered && (
            <p>
              <Link to={pathFor('')}>Show all their quotations</Link>
            </p>
          )}
          <QuoteList quotes={shown} />
          {!filtered && pagesShown < person.pages && (
            <button type="button" className={styles.more} onClick={() => setPagesShown(pagesShown + 1)}>
              Show older quotations
            </button>
          )}
        </div>
        <aside className={styles.side} aria-label={`About ${person.name}`}>
          <MonthChart months={person.months} />
          <TopicList person={person} topics={topics} filters={filters} />
          <Alongside person={person} />
        </aside>
      </div>
    </div>
  );
}

function QuoteList({ quotes }: { quotes: readonly PersonQuote[] }) {
  return (
    <ol className={styles.quotes}>
      {quotes.map((quote) => (
        <li key={`${quote.id}-${quote.n}`} className={styles.quoteItem}>
          <figure className={styles.quoteFigure}>
            <blockquote className={styles.quoteText} cite={paths.quotation(quote.id, quote.n)}>
              <p>{`“${quote.text}”`}</p>
            </blockquote>
            <figcaption className={styles.quoteSource}>
              <Link to={paths.quotation(quote.id, quote.n)}>{quote.title}</Link>
              {', '}
              <time dateTime={quote.date}>{longDate(quote.date)}</time>
            </figcaption>
          </figure>
        </li>
      ))}
    </ol>
  );
}

type TopicListProps = { person: PersonFile; topics: ReturnType<typeof topicsOf>; filters: ListFilters };

function TopicList({ person, topics, filters }: TopicListProps) {
  if (topics.length === 0) return null;
  const counts = new Map(person.topics);
  return (
    <section aria-labelledby="person-topics" className={styles.sideSection}>
      <h2 id="person-topics" className={styles.sideHeading}>
        Speaks on
      </h2>
      <ul className={styles.plainList}>
        {topics.map((topic) => (
          <li key={topic.qcode}>
            <Link to={paths.person(person.slug, writeFilters({ ...filters, topics: [topic.slug] }))}>{topic.label}</Link>{' '}
            <span className={styles.count}>({formatCount(counts.get(topic.qcode) ?? 0)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Alongside({ person }: { person: PersonFile }) {
  if (person.alongside.length === 0) return null;
  return (
    <section aria-labelledby="person-alongside" className={styles.sideSection}>
      <h2 id="person-alongside" className={styles.sideHeading}>
        Quoted alongside
      </h2>
      <ul className={styles.plainList}>
        {person.alongside.map(([slug, name, shared]) => (
          <li key={slug}>
            <Link to={paths.person(slug)}>{name}</Link> <span className={styles.count}>({plural(shared, 'article', 'articles')})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
