import { bodyShape, HEADING_FEATURES, headingFeatures, isHeadingCandidate, type HeadingFeatures } from './heading-features';
import model from './heading-weights.json' with { type: 'json' };
import type { Draft } from './text-parts';

/** The trained model as scripts/headings/train.ts writes it: one weight per feature of heading-features.ts. */
export type HeadingModel = {
  features: string[];
  weights: number[];
  /** a candidate line is a heading when the model gives it at least this probability */
  threshold: number;
};

/** The probability that a candidate line is a section heading (a logistic regression over its features). */
export function headingProbability(features: HeadingFeatures, weights: readonly number[]): number {
  const score = HEADING_FEATURES.reduce((sum, name, i) => sum + (weights[i] ?? 0) * features[name], 0);
  return 1 / (1 + Math.exp(-score));
}

const trainedModel = model as HeadingModel;
// The committed weights are read once per worker (a JSON import); check they fit the features in use.
if (trainedModel.features.join() !== HEADING_FEATURES.join()) {
  throw new Error('src/ingest/text/heading-weights.json: its features differ from heading-features.ts; run scripts/headings/train.ts');
}

/**
 * Which body drafts are section headings. A heading heads something: the last draft never is one. The rest is the
 * model's call, learned from the labelled headings of the real dev set and the team's own articles.
 */
export function headingsAt(drafts: readonly Draft[], weights: HeadingModel = trainedModel): boolean[] {
  const shape = bodyShape(drafts);
  return drafts.map(
    (draft, index) =>
      index < drafts.length - 1 &&
      isHeadingCandidate(draft) &&
      headingProbability(headingFeatures(drafts, index, shape), weights.weights) >= weights.threshold,
  );
}
