import { endsOpen, endsWithFullStop, startsLikeTitle, wordCount } from './line-shape';
import type { Draft } from './text-parts';

const MAX_WORDS = 22;
/** A line cut off by a hard wrap, not a headline: "... in the village of". */
const ENDS_WITH_LINK_WORD = /\b(?:a|an|the|of|to|by|and|or|but|with|for|from|that|into|than|whose|which|its|their|his|her)$/iu;
const MAX_CHARS = 160;

/**
 * A first line that is the article's headline: one short line, no closing full stop, starting like a
 * title, followed by the body.
 */
export function isHeadline(first: Draft, next: Draft | undefined): boolean {
  if (!next || first.lineCount !== 1) return false;
  const { text } = first;
  const words = wordCount(text);
  return (
    words >= 2 &&
    words <= MAX_WORDS &&
    text.length <= MAX_CHARS &&
    !endsWithFullStop(text) &&
    !endsOpen(text) &&
    !ENDS_WITH_LINK_WORD.test(text) &&
    startsLikeTitle(text) &&
    /\p{L}/u.test(text)
  );
}
