/**
 * Fitting the multinomial naive Bayes topic model (src/ingest/understand/topic-model/topic-model.ts) from labelled
 * token lists: the training script's arithmetic, kept apart so a test can run it on a handful of texts.
 */
import type { TopicModel } from '../../src/ingest/understand/topic-model/topic-model';

/**
 * One labelled text: its tokens, each counted once, or (`bag`) each word with a count of its own, for a whole article
 * whose repeated words are damped as ingest damps them.
 */
export type LabelledTokens = { tokens: readonly string[]; label: number; bag?: ReadonlyMap<string, number> };

/**
 * log P(word | class) with add-`alpha` smoothing over `words`, each word's row centred on its mean across classes
 * (the posterior depends only on differences between classes), rounded to 3 decimals to keep the file small.
 */
export function fitNaiveBayes(
  examples: readonly LabelledTokens[],
  classes: string[][],
  words: readonly string[],
  alpha: number,
  scale: number,
): TopicModel {
  const width = classes.length;
  const row = new Map(words.map((word, i) => [word, i]));
  const counts = new Float64Array(words.length * width);
  const totals = new Float64Array(width);
  for (const { tokens, label, bag } of examples) {
    for (const [token, count] of bag ?? tokens.map((token) => [token, 1] as const)) {
      const at = row.get(token);
      if (at === undefined) continue;
      counts[at * width + label] = (counts[at * width + label] ?? 0) + count;
      totals[label] = (totals[label] ?? 0) + count;
    }
  }
  const weights: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const logs = Array.from({ length: width }, (_, k) =>
      Math.log(((counts[i * width + k] ?? 0) + alpha) / ((totals[k] ?? 0) + alpha * words.length)),
    );
    const mean = logs.reduce((a, b) => a + b, 0) / width;
    for (const value of logs) weights.push(Math.round((value - mean) * 1000) / 1000);
  }
  return { classes, words: [...words], weights, scale };
}
