import SearchableMap from 'minisearch/SearchableMap';
import type { PartPlace, SearchPart, TermShard } from '../shared/search-format';
import type { QueryWord } from './parse-query';

/**
 * A term of the index that a query word matches, and how much a match through it counts. `postings` are
 * inline (a rare term) or in the postings files of each part (search-format.ts; -1: none in that part).
 */
export type TermMatch = { term: string; df: number; postings: number[] | PostingsPlace; weight: number };
export type PostingsPlace = Record<SearchPart, PartPlace>;

/** A loaded term shard with MiniSearch's radix tree over its terms, for prefix and typo-tolerant lookups. */
export type ShardView = { shard: TermShard; tree: SearchableMap<number> };

export function shardView(shard: TermShard): ShardView {
  return { shard, tree: SearchableMap.from(shard.terms.map((term, index): [string, number] => [term, index])) };
}

/**
 * Typos are looked for among terms that share the word's first letters: those are in the same few shards,
 * and a typo in the first letters is rare (search engines commonly assume the same).
 */
const FIXED_LETTERS_FOR_TYPOS = 3;
/** A short prefix ("co") could span many shards; the nearest few hold the likeliest completions. */
const MAX_SHARDS_PER_WORD = 3;
const MAX_COMPLETIONS = 8;
const MAX_CORRECTIONS = 6;
/** Completions and corrections stop once their postings reach this many per article in the archive. */
const POSTINGS_BUDGET_PER_ARTICLE = 1;

export const MATCH_WEIGHT = { exact: 1, completion: 0.6, oneTypo: 0.5, twoTypos: 0.35 } as const;

/** The term shards (indexes into SearchMeta.termShards) that may hold what `word` matches. */
export function shardsForWord(shardStarts: readonly string[], word: QueryWord): number[] {
  const low = word.edits ? word.term.slice(0, FIXED_LETTERS_FOR_TYPOS) : word.term;
  const high = word.prefix || word.edits ? `${low}\uffff` : word.term;
  const first = shardHolding(shardStarts, low);
  const last = shardHolding(shardStarts, high);
  const own = shardHolding(shardStarts, word.term);
  const shards: number[] = [];
  for (let shard = first; shard <= last; shard += 1) shards.push(shard);
  return shards.sort((a, b) => Math.abs(a - own) - Math.abs(b - own)).slice(0, MAX_SHARDS_PER_WORD);
}

/** The last shard starting at or before `term` (terms before the first shard's start would be in shard 0). */
function shardHolding(shardStarts: readonly string[], term: string): number {
  let low = 0;
  let high = shardStarts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (shardStarts[mid]! <= term) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

/**
 * The index terms a word matches: itself, its most common completions, and its closest corrections, the
 * last two weighted lower and capped so a short word cannot pull in half the index.
 */
export function matchWord(word: QueryWord, views: readonly ShardView[], articleCount: number): TermMatch[] {
  const matches: TermMatch[] = [];
  const found = new Set<string>();
  const entry = (view: ShardView, index: number, weight: number): TermMatch => {
    const postings = view.shard.postings[index]!;
    const place = typeof postings === 'number' ? view.shard.places[postings] : undefined;
    return {
      term: view.shard.terms[index]!,
      df: view.shard.df[index]!,
      postings: place ? { sealed: place[0], recent: place[1] } : Array.isArray(postings) ? postings : [],
      weight,
    };
  };
  for (const view of views) {
    const index = view.tree.get(word.term);
    if (index !== undefined) {
      matches.push(entry(view, index, MATCH_WEIGHT.exact));
      found.add(word.term);
    }
  }
  let budget = articleCount * POSTINGS_BUDGET_PER_ARTICLE;
  const take = (candidates: TermMatch[], limit: number) => {
    let taken = 0;
    for (const candidate of candidates) {
      if (taken === limit) break;
      if (found.has(candidate.term) || (taken > 0 && candidate.df > budget)) continue;
      matches.push(candidate);
      found.add(candidate.term);
      budget -= candidate.df;
      taken += 1;
    }
  };
  if (word.prefix) {
    const completions: TermMatch[] = [];
    for (const view of views) {
      for (const [term, index] of view.tree.atPrefix(word.term).entries()) {
        if (term !== word.term) completions.push(entry(view, index, MATCH_WEIGHT.completion));
      }
    }
    take(
      completions.sort((a, b) => b.df - a.df),
      MAX_COMPLETIONS,
    );
  }
  // Corrections even when the word itself is in the index: a typo can spell another rare name.
  if (word.edits) {
    const corrections: Array<TermMatch & { distance: number }> = [];
    for (const view of views) {
      for (const [term, [index, distance]] of view.tree.fuzzyGet(word.term, word.edits)) {
        if (term === word.term) continue;
        const weight = distance === 1 ? MATCH_WEIGHT.oneTypo : MATCH_WEIGHT.twoTypos;
        corrections.push({ ...entry(view, index, weight), distance });
      }
    }
    take(
      corrections.sort((a, b) => a.distance - b.distance || b.df - a.df),
      MAX_CORRECTIONS,
    );
  }
  return matches;
}
