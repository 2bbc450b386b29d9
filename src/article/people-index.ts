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
 *   <out>/index/people-months/<YYYY-MM>.json      PeopleMonth: who was quoted that month, on which topics
 *
 * A speaker is whoever ingest named (a person, or a body when no person is named); spellings that share a slug
 * (src/article/person-slug.ts) are one speaker, shown under the spelling quoted most.
 */

/** [slug, name, number of quotations]. */
export type PeopleEntry = [slug: string, name: string, count: number];

export type PeopleIndex = {
  /** How many speakers the archive quotes, and how many quotations they have between them. */
  speakers: number;
  quotations: number;
  /** The most quoted first (ties by name), at most PEOPLE_TOP. */
  top: PeopleEntry[];
  /** Shards of index/people-names/, by the first characters of slugs' words (nameShardsOf). */
  nameShards: string[];
  /** Months with quotations, newest first ("YYYY-MM"): each has an index/people-months/<month>.json. */
  months: string[];
};

export const PEOPLE_TOP = 200;

/** One quotation of a speaker, with what its card on their page shows. */
export type PersonQuote = {
  /** The article's id, date and title; `n` is the quotation's number there (`#quote-<n>`). */
  id: string;
  date: string;
  title: string;
  n: number;
  /** The quotation's words, its parts joined when it runs over paragraphs. */
  text: string;
  /** The article's topics (qcodes), for the page's topic filter. */
  topics: string[];
};

export type PersonFile = {
  slug: string;
  /** The spelling quoted most, then any others that share the slug. */
  name: string;
  otherNames: string[];
  /** Quotations and the articles they are in. */
  count: number;
  articles: number;
  /** Quotations by month, newest first: ["YYYY-MM", count]. */
  months: Array<[string, number]>;
  /** Topics of the articles they are quoted in, most first: [qcode, quotations]. */
  topics: Array<[string, number]>;
  /** Speakers quoted in the same articles, most shared articles first (at most PERSON_ALONGSIDE). */
  alongside: PeopleEntry[];
  /** The newest quotations (at most QUOTES_PER_PAGE); `pages` counts them with the further pages. */
  quotes: PersonQuote[];
  pages: number;
};

export const QUOTES_PER_PAGE = 100;
export const PERSON_ALONGSIDE = 10;

/** index/people-months/<YYYY-MM>.json: for each speaker quoted that month, their quotations by the article's topics. */
export type PeopleMonth = Array<[slug: string, name: string, byTopics: Array<[topics: string[], count: number]>]>;

/**
 * The shards of index/people-names/ a slug is in: the first character of each of its words, so typing any part
 * of a name ("stolt") finds the speaker in one shard.
 */
export const nameShardsOf = (slug: string): string[] => [...new Set(slug.split('-').map((word) => word.charAt(0)))].filter(Boolean);
