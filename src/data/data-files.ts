/**
 * Where each data file stands: relative to ingest's output folder, which the site serves under DATA_PATH.
 * Ingest's writer, the build and the reader all import this module (it must stay free of browser and Node
 * APIs), so a data path is written once.
 */
import type { EntityKind } from '../article/site-index';

/** Where the reader fetches its data from, below the site's base path. */
export const DATA_PATH = 'data';

/** The folder of the articles' own files: one `<id>.json` each. */
export const ARTICLES_DIR = 'articles';
export const articleFileName = (id: string) => `${id}.json`;

/** Chunks of list cards are numbered files in this folder; so are each entity kind's postings shards in theirs. */
export const CARDS_DIR = 'index/cards';
export const ENTITIES_DIR = 'index/entities';
/**
 * Each entity kind's postings: articles numbered from the oldest end (card-chunks.ts). Not under ENTITIES_DIR,
 * where postings numbered from the newest end used to be, so that a page or a kept copy of either numbering
 * never reads the other's files as its own; ingest removes the old folders.
 */
export const ENTITY_POSTINGS_DIR = 'index/entity-postings';
/** The people files' folders (src/article/people-index.ts): speakers, name shards, months. */
export const PEOPLE_DIR = 'index/people';
export const PEOPLE_DIRS = [PEOPLE_DIR, 'index/people-names', 'index/people-months'] as const;
/** The search index's own folder (its layout inside: src/search/shared/search-format.ts). */
export const SEARCH_DIR = 'index/search';

export const dataFiles = {
  /** Counts, topics and the day histogram that lays out the whole list. */
  manifest: 'index/manifest.json',
  /** The filter engine's columns. */
  columns: 'index/columns.json',
  /** 0: the newest cards; 1, 2, ...: the archive counted from its oldest end (card-chunks.ts). */
  cardsChunk: (chunk: number) => `${CARDS_DIR}/${chunk}.json`,
  article: (id: string) => `${ARTICLES_DIR}/${articleFileName(id)}`,
  /** The most mentioned names of a kind, and how many postings shards it has. */
  entityDirectory: (kind: EntityKind) => `${ENTITIES_DIR}/${kind}.json`,
  /** A postings shard (`0`, `1`, ...) of an entity kind, or `top`: the postings of the directory's first names. */
  entityPostings: (kind: EntityKind, file: number | 'top') => `${ENTITY_POSTINGS_DIR}/${kind}/${file}.json`,
  /** Who is quoted: the most quoted, the name shards and months there are. */
  people: 'index/people.json',
  /** One speaker's file (slug: src/article/person-slug.ts), and their older quotations, page 1, 2, ... */
  person: (slug: string) => `${PEOPLE_DIR}/${slug}.json`,
  personPage: (slug: string, page: number) => `${PEOPLE_DIR}/${slug}/${page}.json`,
  peopleNames: (shard: string) => `${PEOPLE_DIRS[1]}/${shard}.json`,
  peopleMonth: (month: string) => `${PEOPLE_DIRS[2]}/${month}.json`,
} as const;
