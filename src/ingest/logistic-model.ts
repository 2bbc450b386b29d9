/**
 * The learned yes-or-no calls of ingest (is this line a heading, is this candidate the speaker) are logistic
 * regressions over named features, trained by scripts/*\/train.ts (with scripts/logistic-training.ts) and
 * committed as JSON beside the code that reads them.
 */

/** A trained model as its training script writes it: one weight per feature, in the order of `features`. */
export type LogisticModel = {
  features: string[];
  weights: number[];
  /** the call is yes when the model gives at least this probability */
  threshold: number;
};

/** The probability the model's weights give an example, its features read in the order of `names`. */
export function logisticProbability<Name extends string>(
  names: readonly Name[],
  features: Readonly<Record<Name, number>>,
  weights: readonly number[],
): number {
  const score = names.reduce((sum, name, i) => sum + (weights[i] ?? 0) * features[name], 0);
  return 1 / (1 + Math.exp(-score));
}

/**
 * The committed model, checked once per worker (a JSON import) to fit the features in use: weights trained for
 * another list of features would be read against the wrong ones without a word.
 */
export function checkedModel(model: LogisticModel, names: readonly string[], weightsFile: string, trainScript: string): LogisticModel {
  if (model.features.join() !== names.join()) {
    throw new Error(`${weightsFile}: its features differ from the code's; run ${trainScript}`);
  }
  return model;
}
