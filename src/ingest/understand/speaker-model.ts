import { SPEAKER_FEATURE_NAMES, type SpeakerCandidate, type SpeakerFeatures } from './speaker-features';
import model from './speaker-weights.json' with { type: 'json' };

/** The trained model as scripts/speakers/train.ts writes it: one weight per feature of speaker-features.ts. */
export type SpeakerModel = {
  features: string[];
  weights: number[];
  /** the best candidate speaks when the model gives it at least this probability; below it, no speaker */
  threshold: number;
};

/** The probability that a candidate is the one speaking (a logistic regression over its features). */
export function speakerProbability(features: SpeakerFeatures, weights: readonly number[]): number {
  const score = SPEAKER_FEATURE_NAMES.reduce((sum, name, i) => sum + (weights[i] ?? 0) * features[name], 0);
  return 1 / (1 + Math.exp(-score));
}

/** The likeliest candidate with its probability, or null when there is none. */
export function bestCandidate(
  candidates: readonly SpeakerCandidate[],
  weights: readonly number[],
): { candidate: SpeakerCandidate; p: number } | null {
  let best: { candidate: SpeakerCandidate; p: number } | null = null;
  for (const candidate of candidates) {
    const p = speakerProbability(candidate.features, weights);
    if (!best || p > best.p) best = { candidate, p };
  }
  return best;
}

export const trainedSpeakerModel = model as SpeakerModel;
// The committed weights are read once per worker (a JSON import); check they fit the features in use.
if (trainedSpeakerModel.features.join() !== SPEAKER_FEATURE_NAMES.join()) {
  throw new Error(
    'src/ingest/understand/speaker-weights.json: its features differ from speaker-features.ts; run scripts/speakers/train.ts',
  );
}
