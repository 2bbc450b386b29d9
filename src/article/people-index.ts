/**
 * The files ingest writes about who is quoted (src/ingest/write-people.ts), read by the /people pages. No page
 * needs the whole archive: the index's first view is one small file, a person's page is its own file (its newest
 * quotations) plus, for older ones or under a filter, its further pages; a name search reads one shard of names,
 * and a topic or date filter on the index reads the months it covers.
 *
 *   <out>/index/people.json                       PeopleIndex: the most quoted, and what else there is
 *   <out>/index/people/<slug>.json                PersonFile: one speaker, with their newest quotations
 *   <out>/index/people/<slug>/<page>.json         PersonQuote[]: their older quotations, page 1, 2, ...
 *   <out>/index/people-names/<shard>.json         PeopleEntry[]: every speaker with a word of their slug starting so
 *                                                (the first two characters of a word; nameShardsOf)
 *   <out>/index/people-months/<YYYY-MM>.json      PeopleMonth: who was quoted that month, on which topics
 *
 * A speaker is whoever ingest named (a person, or a body when no person is named); spellings that share a slug
 * (src/article/person-slug.ts) are one speaker, shown under the spelling quoted most.
 */

import type { z } from 'zod';
import type { peopleEntry, peopleIndex, peopleMonth, personFile, personQuote } from './people-index-schema';

/** The formats are the zod schemas of people-index-schema.ts (their fields are described there). */
export type PeopleEntry = z.infer<typeof peopleEntry>;
export type PeopleIndex = z.infer<typeof peopleIndex>;
export type PersonQuote = z.infer<typeof personQuote>;
export type PersonFile = z.infer<typeof personFile>;
export type PeopleMonth = z.infer<typeof peopleMonth>;

/** The most quoted listed in index/people.json. */
export const PEOPLE_TOP = 200;
/** The newest quotations in a person's file; older ones are in its further pages of as many. */
export const QUOTES_PER_PAGE = 100;
/** Speakers quoted alongside a person, at most. */
export const PERSON_ALONGSIDE = 10;

/**
 * Characters of a slug's word that name its shard of index/people-names/: two, so that a name search reads a
 * small file (at 100,000 articles the shard of one letter was up to 95 KB on the wire; of two, a tenth of it).
 */
const NAME_SHARD_LENGTH = 2;

/**
 * The shards of index/people-names/ a slug is in: the first two characters of each of its words (a word of one
 * character is a shard of its own), so typing any part of a name ("stolt") finds the speaker in one shard.
 */
export const nameShardsOf = (slug: string): string[] =>
  [...new Set(slug.split('-').map((word) => word.slice(0, NAME_SHARD_LENGTH)))].filter(Boolean);
