/**
 * The people files' format (people-index.ts) as zod schemas: its types are inferred from them, and the
 * reader's checks of those files are generated from them (data-validators.ts), so the format is written
 * once. Node only: zod itself stays out of the browser bundle.
 */
import { z } from 'zod';

const count = z.number().int().min(0);
const month = z.string().regex(/^\d{4}-\d{2}$/);

/** [slug, name, number of quotations]. */
export const peopleEntry = z.tuple([z.string().min(1), z.string(), count]);

export const peopleIndex = z.object({
  /** How many speakers the archive quotes, and how many quotations they have between them. */
  speakers: count,
  quotations: count,
  /** The most quoted first (ties by name), at most PEOPLE_TOP. */
  top: z.array(peopleEntry),
  /** Shards of index/people-names/, by the first characters of slugs' words (nameShardsOf). */
  nameShards: z.array(z.string()),
  /** Months with quotations, newest first ("YYYY-MM"): each has an index/people-months/<month>.json. */
  months: z.array(month),
});

/** One quotation of a speaker, with what its card on their page shows. */
export const personQuote = z.object({
  /** The article's id, date and title; `n` is the quotation's number there (`#quote-<n>`). */
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string(),
  n: count,
  /** The quotation's words, its parts joined when it runs over paragraphs. */
  text: z.string(),
  /** The article's topics (qcodes), for the page's topic filter. */
  topics: z.array(z.string()),
});

export const personQuotes = z.array(personQuote);

export const personFile = z.object({
  slug: z.string().min(1),
  /** The spelling quoted most, then any others that share the slug. */
  name: z.string(),
  otherNames: z.array(z.string()),
  /** Quotations and the articles they are in. */
  count,
  articles: count,
  /** Quotations by month, newest first: ["YYYY-MM", count]. */
  months: z.array(z.tuple([month, count])),
  /** Topics of the articles they are quoted in, most first: [qcode, quotations]. */
  topics: z.array(z.tuple([z.string(), count])),
  /** Speakers quoted in the same articles, most shared articles first (at most PERSON_ALONGSIDE). */
  alongside: z.array(peopleEntry),
  /** The newest quotations (at most QUOTES_PER_PAGE); `pages` counts them with the further pages. */
  quotes: personQuotes,
  pages: count,
});

/** Every speaker with a word of their slug starting so (index/people-names/<shard>.json). */
export const peopleNames = z.array(peopleEntry);

/** index/people-months/<YYYY-MM>.json: for each speaker quoted that month, their quotations by the article's topics. */
export const peopleMonth = z.array(z.tuple([z.string().min(1), z.string(), z.array(z.tuple([z.array(z.string()), count]))]));
