import { bodyShape, HEADING_FEATURES, headingFeatures, isHeadingCandidate, type HeadingFeatures } from './heading-features';
import { checkedModel, logisticProbability, type LogisticModel } from '../logistic-model';
import model from './heading-weights.json' with { type: 'json' };
import { isWireCrosshead } from './headings';
import { isSpeakerTag } from './speaker-tag';
import type { Draft } from './text-parts';

/** The probability that a candidate line is a section heading. */
export function headingProbability(features: HeadingFeatures, weights: readonly number[]): number {
  return logisticProbability(HEADING_FEATURES, features, weights);
}

/** Trained by scripts/headings/train.ts, a weight per feature of heading-features.ts. */
const trainedModel = checkedModel(model, HEADING_FEATURES, 'src/ingest/text/heading-weights.json', 'scripts/headings/train.ts');

/**
 * Which body drafts are section headings. A heading heads something: the last draft never is one, nor a name tag above
 * a soundbite (speaker-tag.ts). A wire's crosshead between dashes always is (headings.ts). The rest is the model's call, learned from the labelled headings of the real dev set
 * and the team's own articles.
 */
export function headingsAt(drafts: readonly Draft[], weights: LogisticModel = trainedModel): boolean[] {
  const shape = bodyShape(drafts);
  return drafts.map(
    (draft, index) =>
      index < drafts.length - 1 &&
      (isWireCrosshead(draft.text) ||
        (isHeadingCandidate(draft) &&
          !isLoneLowerCaseWord(draft.text) &&
          !isSpeakerTag(draft.text, drafts[index + 1]?.text) &&
          headingProbability(headingFeatures(drafts, index, shape), weights.weights) >= weights.threshold)),
  );
}

/**
 * "said" left alone on a line by a page's markup: one word in lower case heads nothing. (Still a short line beside its
 * neighbours for the model, as it was when the weights were learned.)
 */
const isLoneLowerCaseWord = (text: string): boolean => /^\p{Ll}[\p{L}'’-]*$/u.test(text);
