import type { PeopleEntry, PeopleMonth, PersonQuote } from '@/article/people-index';
import type { ListFilters } from '@/data/list-filters';

/**
 * The list's filters (?topic=, ?from=, ?to=, ?q=, read by src/data/list-filters.ts) applied to the people
 * pages. `qcodes` are the chosen topics' qcodes (a topic slug names one). On a person's page ?q= finds words
 * of their quotations and the articles' titles; on the index it finds names.
 */
export type PeopleFilters = Pick<ListFilters, 'q' | 'from' | 'to'> & { qcodes: readonly string[] };

export const isFiltered = ({ q, from, to, qcodes }: PeopleFilters) => Boolean(q || from || to || qcodes.length);

import { byMostQuoted, wordsOf } from '@/data/people-names';

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
  return [...counts.values()].sort(byMostQuoted);
}
