/**
 * Cross-validation of the heading model over articles (5 folds, by the SHA-256 of the article's path): each line's
 * probability from a model that never saw its article. The threshold is chosen on these, and the dev misses are
 * read from them, so that neither is flattered by the model having learned the very lines it is judged on. (The
 * committed model is not imported: it must load even when its features lag behind the code's.)
 */
import { HEADING_FEATURES } from '../../src/ingest/text/heading-features';
import { logisticProbability } from '../../src/ingest/logistic-model';
import { sha256 } from '../../tests/eval/real/split';
import { trainLogistic } from '../logistic-training';
import type { Example } from './heading-examples';

export const L2 = 0.002;
const FOLDS = 5;

export function trainHeadings(examples: readonly Example[]): number[] {
  return trainLogistic(examples, HEADING_FEATURES.length, { epochs: 3000, rate: 1, l2: L2 });
}

const fold = (example: Example): number => parseInt(sha256(example.article).slice(0, 8), 16) % FOLDS;

/** Each example with the probability a model trained on the other folds gives it. */
export function crossValidated(examples: readonly Example[]): { example: Example; p: number }[] {
  const heldBack: { example: Example; p: number }[] = [];
  for (let k = 0; k < FOLDS; k += 1) {
    const weights = trainHeadings(examples.filter((example) => fold(example) !== k));
    for (const example of examples.filter((each) => fold(each) === k)) {
      heldBack.push({ example, p: logisticProbability(HEADING_FEATURES, example.features, weights) });
    }
  }
  return heldBack;
}
