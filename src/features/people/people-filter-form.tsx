import { useId, useState, type FormEvent } from 'react';
import { useHref, useNavigate } from 'react-router';
import type { TopicSummary } from '@/article/site-index';
import { writeFilters, type ListFilters } from '@/data/list-filters';
import styles from './people-pages.module.css';

type Props = {
  filters: ListFilters;
  /** The topics offered (the person's, or the archive's). */
  topics: readonly TopicSummary[];
  /** The page's URL for a query string: `/people?...` or `/people/<slug>?...`. */
  pathFor: (query: string) => string;
  /** What the words box finds: names on the index, words of the quotations on a person's page. */
  wordsLabel: string;
};

/**
 * The list's filters for a people page, with the list's URL parameters (q, topic, from, to). A plain GET form:
 * it works before the reader's code has loaded and without JavaScript; with it, the words box filters as the
 * reader types (each key replaces the URL, so Back is not a walk through letters).
 */
export function PeopleFilterForm({ filters, topics, pathFor, wordsLabel }: Props) {
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState(filters.q);
  // A link (say "Show all") changed the URL's words: the box follows it.
  const [seenQ, setSeenQ] = useState(filters.q);
  if (seenQ !== filters.q) {
    setSeenQ(filters.q);
    if (q.trim() !== filters.q) setQ(filters.q);
  }
  const action = useHref(pathFor(''));
  const go = (next: ListFilters, replace = false) => void navigate(pathFor(writeFilters(next)), { replace });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '').trim();
    go({ ...filters, q: value('q'), topics: value('topic') ? [value('topic')] : [], from: value('from') || null, to: value('to') || null });
  };
  const topic = filters.topics[0] ?? '';
  return (
    <form className={styles.filters} method="get" action={action} onSubmit={submit} role="search" aria-label="Filters">
      <p className={styles.field}>
        <label htmlFor={`${id}-q`}>{wordsLabel}</label>
        <input
          id={`${id}-q`}
          name="q"
          type="search"
          value={q}
          autoComplete="off"
          onChange={(event) => {
            setQ(event.target.value);
            go({ ...filters, q: event.target.value.trim() }, true);
          }}
        />
      </p>
      <p className={styles.field}>
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select id={`${id}-topic`} name="topic" defaultValue={topic} key={topic}>
          <option value="">Any topic</option>
          {topics.map((each) => (
            <option key={each.slug} value={each.slug}>
              {each.label}
            </option>
          ))}
        </select>
      </p>
      <p className={styles.field}>
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} name="from" type="date" defaultValue={filters.from ?? ''} key={`from-${filters.from}`} />
      </p>
      <p className={styles.field}>
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} name="to" type="date" defaultValue={filters.to ?? ''} key={`to-${filters.to}`} />
      </p>
      <p className={styles.field}>
        <button type="submit">Apply</button>
      </p>
    </form>
  );
}
