/**
 * Cross-validation of the heading model over articles (5 folds, by the SHA-256 of the article's path): each line's
 * probability from a model that never saw its article. The threshold is chosen on these, and the dev misses are
 * read from them, so that neither is flattered by the model having learned the very lines it is judged on. A line
 * is read by its feature values `x`, as in training, so that ablate.ts can blank some out. (The committed model is
 * not imported: it must load even when its features lag behind the code's.)
 */
import { HEADING_FEATURES } from '../../src/ingest/text/heading-features';
import { sha256 } from '../../tests/eval/real/split';
import { probabilityOf, trainLogistic } from '../logistic-training';
import type { Example } from './heading-examples';

export const L2 = 0.002;
const FOLDS = 5;

export function trainHeadings(examples: readonly Example[]): number[] {
  return trainLogistic(examples, HEADING_FEATURES.length, { epochs: 3000, rate: 1, l2: L2 });
}

const fold = (example: Example): number => parseInt(sha256(example.article).slice(0, 8), 16) % FOLDS;

/** How the cross-validated probabilities of the real lines score: log loss, and precision and recall at a threshold. */
export function scoreOf(heldBack: readonly { example: Example; p: number }[], threshold: number) {
  const lines = heldBack.filter(({ example }) => example.real);
  const said = lines.filter(({ p }) => p >= threshold);
  const right = said.filter(({ example }) => example.y === 1).length;
  const logLoss = lines.reduce((sum, { example, p }) => sum - Math.log(Math.max(1e-9, example.y ? p : 1 - p)), 0) / (lines.length || 1);
  return {
    logLoss,
    precision: right / (said.length || 1),
    recall: right / (lines.filter(({ example }) => example.y === 1).length || 1),
  };
}

/**
 * The average precision of the cross-validated real lines: the precision at each labelled heading, read down the
 * lines from the most probable, averaged. It scores the ranking across all thresholds at once, where the precision
 * and recall at one threshold move by a line or two.
 */
export function averagePrecision(heldBack: readonly { example: Example; p: number }[]): number {
  const lines = heldBack.filter(({ example }) => example.real).sort((a, b) => b.p - a.p);
  let found = 0;
  let sum = 0;
  lines.forEach(({ example }, i) => {
    if (example.y !== 1) return;
    found += 1;
    sum += found / (i + 1);
  });
  return sum / (found || 1);
}

/** Each example with the probability a model trained on the other folds gives it. */
export function crossValidated(examples: readonly Example[]): { example: Example; p: number }[] {
  const heldBack: { example: Example; p: number }[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const weights = trainHeadings(examples.filter((example) => fold(example) !== k));
    for (const example of examples.filter((each) => fold(each) === k)) {
      heldBack.push({ example, p: probabilityOf(example.x, weights) });
    }
  }
  return heldBack;
}
