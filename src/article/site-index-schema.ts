/**
 * The index files' format as zod schemas: the types of site-index.ts are inferred from them, and the
 * reader's checks of the manifest and the list cards are generated from them (index-validators.ts), so
 * the format is written once. Node only: zod itself stays out of the browser bundle.
 */
import { z } from 'zod';
import { SITE_INDEX_FORMAT } from './site-index';

const count = z.number().int().min(0);

export const topicSummary = z.object({
  qcode: z.string(),
  /** URL slug made from the IPTC label: "conflict-war-and-peace". */
  slug: z.string(),
  /** The IPTC label, as IPTC writes it: "conflict, war and peace". */
  label: z.string(),
  /** The broader topic's qcode; null for the 17 top-level topics. */
  parent: z.string().nullable(),
  /** How many articles carry the topic. */
  count,
});

export const siteManifest = z.object({
  format: z.literal(SITE_INDEX_FORMAT),
  articleCount: count,
  /** Cards per file in index/cards/. */
  chunkSize: count,
  chunkCount: count,
  /** Newest and oldest article dates (YYYY-MM-DD); null for an empty corpus. */
  newest: z.string().nullable(),
  oldest: z.string().nullable(),
  /** Topics that at least one article carries, most common first. */
  topics: z.array(topicSummary),
  /** Articles per day, newest day first: [day number (days since 1970-01-01), count]. Days with none are left out. */
  days: z.array(z.tuple([z.number().int(), count])),
  /** Credit for data derived from the IPTC Media Topics taxonomy. */
  credits: z.array(z.string()),
});

/** What a list item shows: everything the list needs without opening the article. */
export const articleCard = z.object({
  id: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string().min(1),
  excerpt: z.string(),
  /** Up to three topic qcodes, most relevant first. */
  topics: z.array(z.string()),
  readingMinutes: count,
  quoteCount: count,
  /** Who is quoted most; null when nobody is. */
  mainSpeaker: z.string().nullable(),
});

export const cardsChunk = z.array(articleCard);
