import { SPEAKER_FEATURE_NAMES, type SpeakerCandidate, type SpeakerFeatures } from './speaker-features';
import { checkedModel, logisticProbability } from '../logistic-model';
import model from './speaker-weights.json' with { type: 'json' };

/** The probability that a candidate is the one speaking. */
export function speakerProbability(features: SpeakerFeatures, weights: readonly number[]): number {
  return logisticProbability(SPEAKER_FEATURE_NAMES, features, weights);
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

/**
 * Trained by scripts/speakers/train.ts, a weight per feature of speaker-features.ts; the best candidate speaks when
 * the model gives it at least the threshold, and below it there is no speaker.
 */
export const trainedSpeakerModel = checkedModel(
  model,
  SPEAKER_FEATURE_NAMES,
  'src/ingest/understand/speaker-weights.json',
  'scripts/speakers/train.ts',
);
