import { listOrdinalsFromGaps, otherEndOrdinal } from '@/data/card-chunks';
import { decodePostings, type Postings } from '../shared/postings-codec';
import { IMPACT_WEIGHTS, pairHash, pairKey, pairShard, SEARCH_PARTS, type SearchMeta } from '../shared/search-format';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryWord } from './parse-query';
import { boundedCache } from './bounded-cache';
import { phraseMatches, type WeightedPostings } from './phrase-matches';
import { createTally, type RankedOrdinals, type ScoredList } from './score-tally';
import { createSearchFiles, fetchJsonFile, SearchIndexChanged, type FetchJson } from './search-files';
import { matchWord, shardsForWord, shardView, type ShardView, type TermMatch } from './word-matches';

/**
 * Every matching article, best first (ties: newest first), as parallel typed arrays (RankedOrdinals:
 * `ordinals`, `scores`, `fields`), with what is needed to show why each matched.
 */
export type SearchResults = RankedOrdinals & {
  query: ParsedQuery;
  /** The index terms that matched (as typed, completed or corrected): highlight words that fold to one of these. */
  terms: string[];
};

export type Search = {
  /**
   * Searches titles, body text, quotations, speakers, entities and topic names; every word must match.
   * `listSize`: the article count of the list the results are shown in (its manifest's), which their
   * ordinals are positions of; the index's own count when left out.
   */
  search(text: string, listSize?: number): Promise<SearchResults>;
  /** Fetches the small meta file ahead of the first query, e.g. when the search box gets focus. */
  warm(): Promise<void>;
};

export type SearchOptions = { fetchJson?: FetchJson };

/**
 * The browser's search engine over the static index ingest writes (search-format.ts). `baseUrl` is where
 * ingest's output is served, ending in "/" (the reader's `${BASE_URL}data/`). Each query fetches only the
 * term shards of its words and the postings they match; everything fetched is kept for the next keystroke.
 */
export function createSearch(baseUrl: string, { fetchJson = fetchJsonFile }: SearchOptions = {}): Search {
  const files = createSearchFiles(baseUrl, fetchJson);
  const views = new Map<string, ShardView>();
  const decoded = boundedCache<WeightedPostings>(DECODED_POSTINGS, (postings) => postings.ordinals.length);

  const shardViewOf = async (meta: SearchMeta, shard: number) => {
    const key = `${meta.build}/${shard}`;
    let view = views.get(key);
    if (!view) {
      view = shardView(await files.termShard(meta, shard));
      views.set(key, view);
    }
    return view;
  };
  /** A term's postings, numbered from the oldest end (search-format.ts), as the files hold them. */
  const flatPostingsOf = async (meta: SearchMeta, postings: TermMatch['postings'], term: string): Promise<number[][]> => {
    if (Array.isArray(postings)) return [postings];
    return Promise.all(
      SEARCH_PARTS.map(async (part) => {
        const place = postings[part];
        if (Array.isArray(place)) return place;
        return place < 0 ? [] : ((await files.postingsFile(meta, part, place)).postings[term] ?? []);
      }),
    );
  };
  /** A term's postings as list positions of a list of `listSize` articles (card-chunks.ts). */
  const postingsOf = async (meta: SearchMeta, match: TermMatch, listSize: number) => {
    const key = `${meta.build}/${listSize}/${match.term}`;
    let postings = decoded.get(key);
    if (!postings) {
      const pieces = (await flatPostingsOf(meta, match.postings, match.term)).map(decodePostings);
      postings = inList(pieces, listSize);
      decoded.set(key, postings);
    }
    return postings;
  };
  const matchesOf = async (meta: SearchMeta, word: QueryWord) => {
    const shardViews = await Promise.all(shardsForWord(meta.termShards, word).map((shard) => shardViewOf(meta, shard)));
    return matchWord(word, shardViews, meta.articleCount);
  };
  const pairOrdinals = async (meta: SearchMeta, first: string, second: string, listSize: number) => {
    const hash = pairHash(first, second);
    const lists = await Promise.all(
      SEARCH_PARTS.filter((part) => meta.pairShards[part] > 0).map(async (part) => {
        const file = await files.pairFile(meta, part, pairShard(hash, meta.pairShards[part]));
        return listOrdinalsFromGaps(file.pairs[pairKey(hash)] ?? [], listSize);
      }),
    );
    const ordinals = new Uint32Array(lists.reduce((total, list) => total + list.length, 0));
    let at = 0;
    for (const list of lists) {
      ordinals.set(list, at);
      at += list.length;
    }
    return ordinals;
  };

  const run = async (query: ParsedQuery, listSize: number | undefined): Promise<SearchResults> => {
    const nothing = { query, ...createTally(0).ranked(), terms: [] };
    const meta = await files.meta();
    if (!meta.termShards.length) return nothing;
    const articles = meta.articleCount;
    const size = listSize ?? articles;

    const units = await Promise.all([
      ...query.words.map(async (word): Promise<QueryUnit> => {
        const matches = await matchesOf(meta, word);
        const lists = await Promise.all(
          matches.map(async (match): Promise<ScoredList> => {
            const postings = await postingsOf(meta, match, size);
            return { ...postings, weight: match.weight * idf(match.df, articles) };
          }),
        );
        return { lists, terms: matches.map((match) => match.term) };
      }),
      ...query.phrases.map(async (phrase): Promise<QueryUnit> => {
        const words = phrase.map((term) => ({ term, prefix: false, edits: 0 }));
        const matches = (await Promise.all(words.map((word) => matchesOf(meta, word)))).map((found) => found[0]);
        if (matches.some((match) => !match)) return { lists: [], terms: [] };
        const exact = matches as TermMatch[];
        const [postings, pairs] = await Promise.all([
          Promise.all(exact.map((match) => postingsOf(meta, match, size))),
          Promise.all(phrase.slice(1).map((term, index) => pairOrdinals(meta, phrase[index]!, term, size))),
        ]);
        const weights = exact.map((match) => idf(match.df, articles));
        return { lists: [phraseMatches(postings, weights, pairs, size)], terms: phrase };
      }),
    ]);
    const tally = createTally(size);
    const terms = new Set<string>();
    for (const unit of units) {
      tally.beginUnit();
      for (const list of unit.lists) tally.add(list);
      for (const term of unit.terms) terms.add(term);
    }
    return { query, ...tally.ranked(), terms: [...terms] };
  };

  return {
    async warm() {
      await files.meta();
    },
    async search(text, listSize) {
      const query = parseQuery(text);
      if (isEmptyQuery(query)) return { query, ...createTally(0).ranked(), terms: [] };
      // Once more when a file turns out to be of a newer build than meta.json (the site was deployed while
      // the page was open): with the new meta.json, every file is read for the new build.
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await run(query, listSize);
        } catch (error) {
          if (!(error instanceof SearchIndexChanged)) throw error;
          files.forgetMeta();
          if (attempt === SEARCH_ATTEMPTS) throw error;
        }
      }
    },
  };
}

/** A search whose files changed under it is tried again once; a deploy still uploading may need a later search. */
const SEARCH_ATTEMPTS = 2;

/**
 * Postings numbered from the oldest end (one list per part, each ascending) -> list positions, with their
 * impacts as weights; articles past the list's end (newer than the page's manifest) are left out.
 */
function inList(pieces: readonly Postings[], listSize: number): WeightedPostings {
  let count = 0;
  for (const piece of pieces) for (const ordinal of piece.ordinals) if (ordinal < listSize) count += 1;
  const postings: WeightedPostings = { ordinals: new Uint32Array(count), scores: new Float32Array(count), fields: new Uint8Array(count) };
  let at = 0;
  for (const piece of pieces) {
    piece.ordinals.forEach((ordinal, index) => {
      if (ordinal >= listSize) return;
      postings.ordinals[at] = otherEndOrdinal(ordinal, listSize);
      postings.scores[at] = IMPACT_WEIGHTS[piece.impacts[index]!]!;
      postings.fields[at] = piece.fields[index]!;
      at += 1;
    });
  }
  return postings;
}

/** Decoded postings kept for the next keystrokes: about 9 bytes each, so at most some 25 MB. */
const DECODED_POSTINGS = 3_000_000;

/** One word (with its completions and corrections) or one phrase: an article must match every unit. */
type QueryUnit = { lists: ScoredList[]; terms: string[] };

/** BM25's idf: rare terms weigh more; a term in nearly every article weighs almost nothing. */
function idf(df: number, articleCount: number): number {
  return Math.log(1 + (articleCount - df + 0.5) / (df + 0.5));
}
