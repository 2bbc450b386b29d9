import type { RankedOrdinals } from './score-tally';

/**
 * The search results that the list's filters also match (topics, dates, entities: the filter engine's
 * IndexResult.ordinals), still best first: `?q=ceasefire&topic=conflict-war-and-peace` is the two combined.
 */
export function withinFilters(ranked: RankedOrdinals, filtered: Uint32Array, articleCount: number): RankedOrdinals {
  const allowed = new Uint8Array(articleCount);
  for (const ordinal of filtered) if (ordinal < articleCount) allowed[ordinal] = 1;
  const keep: number[] = [];
  ranked.ordinals.forEach((ordinal, index) => {
    if (allowed[ordinal]) keep.push(index);
  });
  return {
    ordinals: Uint32Array.from(keep, (index) => ranked.ordinals[index]!),
    scores: Float32Array.from(keep, (index) => ranked.scores[index]!),
    fields: Uint8Array.from(keep, (index) => ranked.fields[index]!),
  };
}
