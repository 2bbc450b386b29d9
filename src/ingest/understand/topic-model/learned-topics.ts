import type { WeightedText, WordListEvidence } from '../topics';
import { classProbabilities } from './topic-model';

/**
 * How much the learned model counts against the word lists' evidence when the two are mixed, chosen on the real
 * dev set (README, "Topics"). The model knows only the topics its training data files news under; the word lists
 * cover all 17, so education, religion, labour or weather can still come first when the text is plainly about them.
 */
export const LEARNED_SHARE = 0.3;

/**
 * The probability of each IPTC top-level topic: the learned model's class probabilities (a class that stands for
 * two topics shared between them by the word lists' evidence for each), mixed with the word lists' evidence made
 * into a distribution. Sums to 1 over the topics returned; empty when neither knows a word of the text.
 */
export function topLevelProbabilities(
  parts: readonly WeightedText[],
  evidence: WordListEvidence,
  share = LEARNED_SHARE,
): Map<string, number> {
  const learned = new Map<string, number>();
  for (const { topics, probability } of classProbabilities(parts)) {
    const weights = topics.map((qcode) => evidence.top.get(qcode) ?? 0);
    const total = weights.reduce((a, b) => a + b, 0);
    topics.forEach((qcode, k) =>
      learned.set(qcode, (learned.get(qcode) ?? 0) + probability * (total > 0 ? (weights[k] ?? 0) / total : 1 / topics.length)),
    );
  }
  const listed = [...evidence.top.values()].reduce((a, b) => a + b, 0);
  const parts2 = [
    { share: learned.size > 0 ? share : 0, of: learned, total: 1 },
    { share: listed > 0 ? 1 - share : 0, of: evidence.top, total: listed },
  ];
  const sumShares = parts2.reduce((sum, part) => sum + part.share, 0);
  const mixed = new Map<string, number>();
  if (sumShares === 0) return mixed;
  for (const part of parts2) {
    if (part.share === 0) continue;
    for (const [qcode, value] of part.of) mixed.set(qcode, (mixed.get(qcode) ?? 0) + (part.share / sumShares) * (value / part.total));
  }
  return mixed;
}
