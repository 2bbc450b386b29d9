/** One labelled example: its feature values (in the model's order), the answer (1 or 0) and how much it counts. */
export type TrainingRow = { x: readonly number[]; y: number; weight: number };

export type TrainingSettings = { epochs: number; rate: number; l2: number };

/**
 * Fits a logistic regression by full-batch gradient descent with L2 regularisation: the models are a few dozen
 * features over a few thousand examples, small enough that the plain method trains in seconds and gives the same
 * weights on every run (the tests re-train and compare with the committed ones).
 */
export function trainLogistic(rows: readonly TrainingRow[], featureCount: number, { epochs, rate, l2 }: TrainingSettings): number[] {
  const weights = Array.from({ length: featureCount }, () => 0);
  const total = rows.reduce((sum, row) => sum + row.weight, 0) || 1;
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const gradient = weights.map(() => 0);
    for (const { x, y, weight } of rows) {
      const error = (probabilityOf(x, weights) - y) * weight;
      x.forEach((v, f) => (gradient[f] = (gradient[f] ?? 0) + error * v));
    }
    weights.forEach((w, f) => (weights[f] = w - rate * ((gradient[f] ?? 0) / total + l2 * w)));
  }
  return weights;
}

/** The probability `weights` give a row of feature values. */
export function probabilityOf(x: readonly number[], weights: readonly number[]): number {
  return 1 / (1 + Math.exp(-weights.reduce((sum, w, f) => sum + w * (x[f] ?? 0), 0)));
}
