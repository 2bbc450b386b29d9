import { ordinalsFromGaps } from '@/article/site-index';
import { decodePostings } from '../shared/postings-codec';
import { IMPACT_WEIGHTS, pairHash, pairKey, pairShard, type SearchMeta } from '../shared/search-format';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryWord } from './parse-query';
import { boundedCache } from './bounded-cache';
import { phraseMatches, type WeightedPostings } from './phrase-matches';
import { createTally, type RankedOrdinals, type ScoredList } from './score-tally';
import { createSearchFiles, fetchJsonFile, type FetchJson } from './search-files';
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
  /** Searches titles, body text, quotations, speakers, entities and topic names; every word must match. */
  search(text: string): Promise<SearchResults>;
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
  const postingsOf = async (meta: SearchMeta, match: TermMatch) => {
    const key = `${meta.build}/${match.term}`;
    let postings = decoded.get(key);
    if (!postings) {
      const flat = typeof match.postings === 'number' ? (await files.postingsFile(meta, match.postings))[match.term] : match.postings;
      const { ordinals, impacts, fields } = decodePostings(flat ?? []);
      postings = { ordinals, scores: Float32Array.from(impacts, (level) => IMPACT_WEIGHTS[level]!), fields };
      decoded.set(key, postings);
    }
    return postings;
  };
  const matchesOf = async (meta: SearchMeta, word: QueryWord) => {
    const shardViews = await Promise.all(shardsForWord(meta.termShards, word).map((shard) => shardViewOf(meta, shard)));
    return matchWord(word, shardViews, meta.articleCount);
  };
  const pairOrdinals = async (meta: SearchMeta, first: string, second: string) => {
    const hash = pairHash(first, second);
    const file = await files.pairFile(meta, pairShard(hash, meta.pairShards));
    return ordinalsFromGaps(file[pairKey(hash)] ?? []);
  };

  return {
    async warm() {
      await files.meta();
    },
    async search(text) {
      const query = parseQuery(text);
      const nothing = { query, ...createTally(0).ranked(), terms: [] };
      if (isEmptyQuery(query)) return nothing;
      const meta = await files.meta();
      if (!meta.termShards.length) return nothing;
      const size = meta.articleCount;

      const units = await Promise.all([
        ...query.words.map(async (word): Promise<QueryUnit> => {
          const matches = await matchesOf(meta, word);
          const lists = await Promise.all(
            matches.map(async (match): Promise<ScoredList> => {
              const postings = await postingsOf(meta, match);
              return { ...postings, weight: match.weight * idf(match.df, size) };
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
            Promise.all(exact.map((match) => postingsOf(meta, match))),
            Promise.all(phrase.slice(1).map((term, index) => pairOrdinals(meta, phrase[index]!, term))),
          ]);
          const weights = exact.map((match) => idf(match.df, size));
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
    },
  };
}

/** Decoded postings kept for the next keystrokes: about 9 bytes each, so at most some 25 MB. */
const DECODED_POSTINGS = 3_000_000;

/** One word (with its completions and corrections) or one phrase: an article must match every unit. */
type QueryUnit = { lists: ScoredList[]; terms: string[] };

/** BM25's idf: rare terms weigh more; a term in nearly every article weighs almost nothing. */
function idf(df: number, articleCount: number): number {
  return Math.log(1 + (articleCount - df + 0.5) / (df + 0.5));
}
