import { sha256 } from '../../tests/eval/real/split';

/**
 * Which of 5 cross-validation folds a real dev article is in, by the SHA-256 of its file path. TOPIC_FOLD_SALT
 * (unset: none) draws another assignment, to see whether a difference holds across fold seeds.
 */
export const devFoldOf = (file: string): number =>
  Number.parseInt(sha256(`fold:${process.env.TOPIC_FOLD_SALT ?? ''}${file}`).slice(0, 8), 16) % 5;
