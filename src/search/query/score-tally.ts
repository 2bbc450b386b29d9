/** Articles matching one part of the query, with a score each: score = weight × scores[i]. */
export type ScoredList = { ordinals: Uint32Array; scores: Float32Array; fields: Uint8Array; weight: number };

/** Every matching article, best first (ties: newest first), as parallel typed arrays. */
export type RankedOrdinals = {
  /** List positions (site-index.ts): where its card is kept: src/data/card-chunks.ts (cardPlace). */
  ordinals: Uint32Array;
  /** scores[i] is the score of ordinals[i]. */
  scores: Float32Array;
  /** fields[i]: FIELD bits (search-format.ts) of where the query's words were found in ordinals[i]. */
  fields: Uint8Array;
};

/** Sort keys pack a score (to 1/256) above an ordinal: both fit well within a double's 53 exact bits. */
const ORDINAL_RANGE = 2 ** 22;
const SCORE_STEPS = 2 ** 30;

export type ScoreTally = {
  /** Starts the next unit of the query (a word with its completions and corrections, or a phrase). */
  beginUnit(): void;
  add(list: ScoredList): void;
  ranked(): RankedOrdinals;
};

/**
 * Sums scores over the query's units: within a unit an article counts its best match (the word itself
 * outranks a completion of it); an article must match every unit. Plain typed arrays over all ordinals:
 * 100,000 articles cost a megabyte and a few milliseconds, never an object per article.
 */
export function createTally(size: number): ScoreTally {
  const score = new Float32Array(size);
  const fields = new Uint8Array(size);
  const matched = new Uint8Array(size);
  const best = new Float32Array(size);
  let units = 0;
  const closeUnit = () => {
    if (units === 0) return;
    for (let ordinal = 0; ordinal < size; ordinal += 1) {
      if (matched[ordinal] !== units) continue;
      score[ordinal]! += best[ordinal]!;
      best[ordinal] = 0;
    }
  };
  return {
    beginUnit() {
      closeUnit();
      units += 1;
    },
    add({ ordinals, scores, fields: where, weight }) {
      const before = units - 1;
      for (let index = 0; index < ordinals.length; index += 1) {
        const ordinal = ordinals[index]!;
        if (matched[ordinal] === before) matched[ordinal] = units;
        else if (matched[ordinal] !== units) continue;
        const value = weight * scores[index]!;
        if (value > best[ordinal]!) best[ordinal] = value;
        fields[ordinal]! |= where[index]!;
      }
    },
    ranked() {
      closeUnit();
      let count = 0;
      for (let ordinal = 0; ordinal < size; ordinal += 1) if (units > 0 && matched[ordinal] === units) count += 1;
      // A typed sort of packed keys: sorting 100,000 objects with a comparator takes ten times longer.
      const keys = new Float64Array(count);
      let at = 0;
      for (let ordinal = 0; ordinal < size && at < count; ordinal += 1) {
        if (matched[ordinal] !== units) continue;
        const steps = Math.min(SCORE_STEPS - 1, Math.round(score[ordinal]! * 256));
        keys[at++] = (SCORE_STEPS - steps) * ORDINAL_RANGE + ordinal;
      }
      keys.sort();
      const ranked: RankedOrdinals = { ordinals: new Uint32Array(count), scores: new Float32Array(count), fields: new Uint8Array(count) };
      for (let index = 0; index < count; index += 1) {
        const ordinal = keys[index]! % ORDINAL_RANGE;
        ranked.ordinals[index] = ordinal;
        ranked.scores[index] = score[ordinal]!;
        ranked.fields[index] = fields[ordinal]!;
      }
      return ranked;
    },
  };
}
