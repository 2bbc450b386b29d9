import { useQueries, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { PeopleEntry } from '@/article/people-index';
import type { ListFilters } from '@/data/list-filters';
import { manifestQueryOptions } from '@/data/manifest-query';
import { peopleIndexQueryOptions, peopleMonthQueryOptions } from '@/data/people-query';
import { FilterNotices } from '@/ui/filter-notices';
import { formatCount } from '@/ui/format-count';
import { paths } from '@/ui/paths';
import { PeopleFilterForm } from './people-filter-form';
import { byMostQuoted, nameMatches, nameShardsFor, usePeopleNames } from '@/data/people-names';
import { monthsInRange, peopleInMonths } from './people-filters';
import styles from './people-pages.module.css';

type Props = { data: { filters: ListFilters; notices: string[] } };

/** Names listed at most: the rest are a name search away. */
const SHOWN = 200;

/**
 * `/people`: who is quoted, most first, with counts. The words box finds any name as it is typed (one shard of
 * names, the one its first two letters name); a topic or dates count again over the months they cover (one file a month), so "who was quoted on
 * politics in March 2021" reads one small file.
 */
export function PeoplePage({ data: { filters, notices } }: Props) {
  const { data: index } = useSuspenseQuery(peopleIndexQueryOptions());
  const { data: manifest } = useSuspenseQuery(manifestQueryOptions());
  const topicSlugs = new Set(filters.topics);
  const qcodes = manifest.topics.filter((topic) => topicSlugs.has(topic.slug)).map((topic) => topic.qcode);
  const byMonths = qcodes.length > 0 || filters.from !== null || filters.to !== null;
  // None while counting by months: those files name everyone quoted in them.
  const shards = byMonths ? [] : (nameShardsFor(filters.q, index.nameShards) ?? []);
  const names = usePeopleNames(shards, { keepPrevious: true });
  const months = useQueries({
    queries: (byMonths ? monthsInRange(index.months, filters.from, filters.to) : []).map((month) => peopleMonthQueryOptions(month)),
  });
  const monthsReady = months.every((query) => query.isSuccess);
  const failed = [names, ...months].find((query) => query.error);

  let people: PeopleEntry[] = byMonths
    ? peopleInMonths(
        months.flatMap((query) => (query.data ? [query.data] : [])),
        qcodes,
      )
    : index.top;
  if (filters.q) {
    const pool = byMonths ? people : (names.data ?? []);
    people = pool.filter((entry) => nameMatches(entry, filters.q)).sort(byMostQuoted);
  }
  const loading = (byMonths && !monthsReady) || (filters.q !== '' && !byMonths && names.isFetching);
  const filtered = byMonths || filters.q !== '';

  return (
    <div className={`page-width ${styles.page}`}>
      <title>Who said what · Broadsheet</title>
      <header className={styles.header}>
        <h1 className={styles.heading}>Who said what</h1>
        <p className={styles.summary}>
          {formatCount(index.speakers)} people and organisations quoted, {formatCount(index.quotations)} quotations in all. Follow anyone’s
          words across the archive.
        </p>
      </header>
      <FilterNotices notices={notices} />
      <PeopleFilterForm filters={filters} topics={manifest.topics} pathFor={paths.people} wordsLabel="Find a name" />
      {byMonths && (filters.from || filters.to) && <p className={styles.note}>Dates count whole months.</p>}
      {failed && <p role="alert">Some of the counts could not be loaded: {failed.error?.message}</p>}
      <h2 className={styles.subheading} aria-live="polite">
        {loading
          ? 'Counting…'
          : filtered
            ? `${formatCount(people.length)} ${people.length === 1 ? 'speaker matches' : 'speakers match'}`
            : `The ${formatCount(Math.min(index.top.length, SHOWN))} most quoted`}
      </h2>
      <ol className={styles.people}>
        {people.slice(0, SHOWN).map(([slug, name, count]) => (
          <li key={slug} className={styles.personItem}>
            <Link to={paths.person(slug)}>{name}</Link>{' '}
            <span className={styles.count}>
              {formatCount(count)}
              <span className="visually-hidden">{count === 1 ? ' quotation' : ' quotations'}</span>
            </span>
          </li>
        ))}
      </ol>
      {people.length > SHOWN && (
        <p className={styles.note}>{`And ${formatCount(people.length - SHOWN)} more: type part of a name to find them.`}</p>
      )}
    </div>
  );
}
