import type { WeightedText } from '../topics';
import trained from './topic-weights.json' with { type: 'json' };
import { topicTokens } from './topic-tokens';

/**
 * A multinomial naive Bayes model of IPTC top-level topics, learned from labelled real news by
 * scripts/topics/train.ts (README, "Topics"). Each class is one top-level topic, or two the training data files
 * under one heading (health and environment), which topics.ts shares out.
 */
export type TopicModel = {
  /** Per class, the IPTC top-level qcodes it stands for. */
  classes: string[][];
  words: string[];
  /** words.length x classes.length log-probabilities, each word's centred on its mean (only differences count). */
  weights: number[];
  /** How sharp the posterior is: softmax(scale x mean log-likelihood per word), fitted on held-out training data. */
  scale: number;
};

export type TopicClassProbability = { topics: string[]; probability: number };

type LoadedModel = TopicModel & { rows: Map<string, number> };

let loaded: LoadedModel | null = null;

/** Below this many different known words a text says too little for the model to guess from. */
const MIN_KNOWN_WORDS = 5;

/** The committed model, read once per worker thread (a JSON import, indexed on first use). */
export function topicModel(): LoadedModel {
  if (loaded) return loaded;
  const model: TopicModel = trained;
  if (model.weights.length !== model.words.length * model.classes.length)
    throw new Error(
      'src/ingest/understand/topic-model/topic-weights.json: weights do not fit its words and classes; run scripts/topics/train.ts',
    );
  loaded = { ...model, rows: new Map(model.words.map((word, row) => [word, row])) };
  return loaded;
}

/**
 * The probability of each class for a text, parts weighted as ingest weighs them (the headline more than the body).
 * Words the model does not know are left out; a text with fewer than MIN_KNOWN_WORDS of its words gets no classes
 * at all, not a guess.
 */
export function classProbabilities(parts: readonly WeightedText[], model: LoadedModel = topicModel()): TopicClassProbability[] {
  const width = model.classes.length;
  // How often each known word occurs, weighted; a word's evidence then grows with the log of that (a word repeated
  // through a long article is one topic clue said again, not twenty: Rennie et al. 2003's TF transform).
  const counts = new Map<number, number>();
  for (const { text, weight } of parts) {
    for (const token of topicTokens(text)) {
      const row = model.rows.get(token);
      if (row !== undefined) counts.set(row, (counts.get(row) ?? 0) + weight);
    }
  }
  const sums = new Float64Array(width);
  let total = 0;
  for (const [row, count] of counts) {
    const weight = Math.log1p(count);
    total += weight;
    const at = row * width;
    for (let k = 0; k < width; k++) sums[k] = (sums[k] ?? 0) + weight * (model.weights[at + k] ?? 0);
  }
  if (counts.size < MIN_KNOWN_WORDS) return [];
  const scores = Array.from(sums, (sum) => (model.scale * sum) / total);
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const norm = exps.reduce((a, b) => a + b, 0);
  return model.classes.map((topics, k) => ({ topics, probability: (exps[k] ?? 0) / norm }));
}
