import type { ScoredList } from './score-tally';

/** A term's postings with each impact level turned back into its weight. */
export type WeightedPostings = { ordinals: Uint32Array; scores: Float32Array; fields: Uint8Array };

/**
 * A phrase's matches: articles holding all its words and every pair of neighbouring words, scored as the
 * sum of its words' BM25 weights (`weights[i]`: word i's idf).
 */
export function phraseMatches(
  postings: readonly WeightedPostings[],
  weights: readonly number[],
  pairs: readonly Uint32Array[],
  size: number,
): ScoredList {
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
