import { ordinalsFromGaps } from '../../article/site-index';
import { decodePostings } from '../shared/postings-codec';
import { IMPACT_WEIGHTS, pairHash, pairKey, pairShard, type SearchMeta } from '../shared/search-format';
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryWord } from './parse-query';
import { createSearchFiles, fetchJsonFile, type FetchJson } from './search-files';
import { matchWord, shardsForWord, shardView, type ShardView, type TermMatch } from './word-matches';

export type SearchHit = {
  /** The article's list position (site-index.ts): its card is cards chunk ⌊ordinal / chunkSize⌋. */
  ordinal: number;
  score: number;
  /** FIELD bits (search-format.ts): where the query's words were found. FIELD.quote: in a quotation. */
  fields: number;
};

export type SearchResults = {
  query: ParsedQuery;
  /** Every matching article, best first (ties: newest first). */
  hits: SearchHit[];
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
  const decoded = new Map<string, WeightedPostings>();

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
      if (isEmptyQuery(query)) return { query, hits: [], terms: [] };
      const meta = await files.meta();
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
      return { query, hits: tally.hits(units.length), terms: [...terms] };
    },
  };
}

/** A term's postings with each impact level turned back into its weight. */
type WeightedPostings = { ordinals: Uint32Array; scores: Float32Array; fields: Uint8Array };

/** Articles matching one part of the query, with a score each: score = weight × scores[i]. */
type ScoredList = WeightedPostings & { weight: number };

/** One word (with its completions and corrections) or one phrase: an article must match every unit. */
type QueryUnit = { lists: ScoredList[]; terms: string[] };

/** BM25's idf: rare terms weigh more; a term in nearly every article weighs almost nothing. */
function idf(df: number, articleCount: number): number {
  return Math.log(1 + (articleCount - df + 0.5) / (df + 0.5));
}

/**
 * A phrase's matches: articles holding all its words and every pair of neighbouring words, scored as the
 * sum of its words' BM25 weights.
 */
function phraseMatches(postings: readonly WeightedPostings[], weights: readonly number[], pairs: readonly Uint32Array[], size: number): ScoredList {
  const count = new Uint8Array(size);
  const score = new Float32Array(size);
  const fields = new Uint8Array(size);
  postings.forEach((list, word) => {
    list.ordinals.forEach((ordinal, index) => {
      count[ordinal]! += 1;
      score[ordinal]! += weights[word]! * list.scores[index]!;
      fields[ordinal]! |= list.fields[index]!;
    });
  });
  for (const list of pairs) for (const ordinal of list) count[ordinal]! += 1;
  const needed = postings.length + pairs.length;
  const ordinals: number[] = [];
  for (let ordinal = 0; ordinal < size; ordinal += 1) if (count[ordinal] === needed) ordinals.push(ordinal);
  return {
    ordinals: Uint32Array.from(ordinals),
    scores: Float32Array.from(ordinals, (ordinal) => score[ordinal]!),
    fields: Uint8Array.from(ordinals, (ordinal) => fields[ordinal]!),
    weight: 1,
  };
}

/**
 * Sums scores over the query's units (each word, each phrase): within a unit an article counts its best
 * match (the word itself outranks a completion of it); an article must match every unit.
 */
function createTally(size: number) {
  const score = new Float32Array(size);
  const fields = new Uint8Array(size);
  const matched = new Uint8Array(size);
  let unit = -1;
  const best = new Float32Array(size);
  let touched: number[] = [];
  const closeUnit = () => {
    for (const ordinal of touched) {
      score[ordinal]! += best[ordinal]!;
      best[ordinal] = 0;
    }
    touched = [];
  };
  return {
    beginUnit() {
      closeUnit();
      unit += 1;
    },
    add({ ordinals, scores, fields: where, weight }: ScoredList) {
      for (let index = 0; index < ordinals.length; index += 1) {
        const ordinal = ordinals[index]!;
        if (matched[ordinal] !== unit) {
          if (matched[ordinal] !== unit + 1) continue;
        } else {
          matched[ordinal] = unit + 1;
          touched.push(ordinal);
        }
        const value = weight * scores[index]!;
        if (value > best[ordinal]!) best[ordinal] = value;
        fields[ordinal]! |= where[index]!;
      }
    },
    hits(units: number): SearchHit[] {
      closeUnit();
      const hits: SearchHit[] = [];
      for (let ordinal = 0; ordinal < size; ordinal += 1) {
        if (matched[ordinal] === units) hits.push({ ordinal, score: score[ordinal]!, fields: fields[ordinal]! });
      }
      return hits.sort((a, b) => b.score - a.score || a.ordinal - b.ordinal);
    },
  };
}
