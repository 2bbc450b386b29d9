import { personSlug } from '../../article/person-slug';
import type { PeopleEntry, PeopleMonth, PersonQuote } from '../../article/people-index';
import type { ListFilters } from '../../data/list-filters';

/**
 * The list's filters (?topic=, ?from=, ?to=, ?q=, read by src/data/list-filters.ts) applied to the people
 * pages. `qcodes` are the chosen topics' qcodes (a topic slug names one). On a person's page ?q= finds words
 * of their quotations and the articles' titles; on the index it finds names.
 */
export type PeopleFilters = Pick<ListFilters, 'q' | 'from' | 'to'> & { qcodes: readonly string[] };

export const isFiltered = ({ q, from, to, qcodes }: PeopleFilters) => Boolean(q || from || to || qcodes.length);

/** Words of a query, lower-cased, each of which must match. */
const wordsOf = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

/** A person's quotations that pass the filters, in their order (newest first). */
export function quotesMatching(quotes: readonly PersonQuote[], { q, from, to, qcodes }: PeopleFilters): PersonQuote[] {
  const words = wordsOf(q);
  return quotes.filter(
    (quote) =>
      (!from || quote.date >= from) &&
      (!to || quote.date <= to) &&
      (qcodes.length === 0 || quote.topics.some((topic) => qcodes.includes(topic))) &&
      words.every((word) => quote.text.toLowerCase().includes(word) || quote.title.toLowerCase().includes(word)),
  );
}

/** The months ("YYYY-MM") of the archive that a date range touches: the index counts by whole months. */
export function monthsInRange(months: readonly string[], from: string | null, to: string | null): string[] {
  return months.filter((month) => (!from || month >= from.slice(0, 7)) && (!to || month <= to.slice(0, 7)));
}

/** The name shard (index/people-names/) a name query reads: that of its first word. */
export function nameShardOf(q: string): string | null {
  const [first] = wordsOf(q);
  return first ? personSlug(first).charAt(0) : null;
}

/** Whether every word of the query starts a word of the name (or its slug, which has no accents). */
export function nameMatches([slug, name]: PeopleEntry, q: string): boolean {
  const nameWords = [...name.toLowerCase().split(/[\s-]+/), ...slug.split('-')];
  return wordsOf(q).every((word) => {
    const plain = personSlug(word);
    return nameWords.some((each) => each.startsWith(word) || (plain !== '' && each.startsWith(plain)));
  });
}

/** Speakers counted over the chosen months and topics, most quoted first. */
export function peopleInMonths(months: readonly PeopleMonth[], qcodes: readonly string[]): PeopleEntry[] {
  const counts = new Map<string, PeopleEntry>();
  for (const month of months) {
    for (const [slug, name, byTopics] of month) {
      let count = 0;
      for (const [topics, quotations] of byTopics)
        if (qcodes.length === 0 || topics.some((topic) => qcodes.includes(topic))) count += quotations;
      if (count === 0) continue;
      const entry = counts.get(slug);
      if (entry) entry[2] += count;
      else counts.set(slug, [slug, name, count]);
    }
  }
  return [...counts.values()].sort(byCount);
}

export const byCount = (a: PeopleEntry, b: PeopleEntry) => b[2] - a[2] || a[1].localeCompare(b[1]);
