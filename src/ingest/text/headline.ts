import { endsOpen, endsWithFullStop, startsLikeTitle, wordCount } from './line-shape';
import type { Draft } from './text-parts';

const MAX_WORDS = 22;
/** A line cut off by a hard wrap, not a headline: "... in the village of". */
const ENDS_WITH_LINK_WORD = /\b(?:a|an|the|of|to|by|and|or|but|with|for|from|that|into|than|whose|which|its|their|his|her)$/iu;
const MAX_CHARS = 160;
/**
 * A headline in title case may run longer: "Remarks by Secretary Janet L. Yellen on Anti-Corruption as a Cornerstone of
 * a Fair, Accountable, and Democratic Economy at the Summit for Democracy" (24 words), as releases' headlines do. No
 * body paragraph capitalises nearly every word.
 */
const MAX_TITLE_CASE_WORDS = 40;
const MAX_TITLE_CASE_CHARS = 300;
// Words a title leaves in lower case.
const SMALL_WORDS = new Set('a an the and or but nor of for to in on at by with from as vs via per into over than'.split(' '));

/**
 * A first line that is the article's headline: one short line, no closing full stop (unless in title case), starting
 * like a title, followed by the body.
 */
export function isHeadline(first: Draft, next: Draft | undefined): boolean {
  if (!next || first.lineCount !== 1) return false;
  const { text } = first;
  const words = wordCount(text);
  const long = words > MAX_WORDS || text.length > MAX_CHARS;
  return (
    words >= 2 &&
    (!long || (words <= MAX_TITLE_CASE_WORDS && text.length <= MAX_TITLE_CASE_CHARS && isTitleCase(text))) &&
    (!endsWithFullStop(text) || isTitleCaseWithStop(text, words)) &&
    !endsOpen(text) &&
    !ENDS_WITH_LINK_WORD.test(text) &&
    startsLikeTitle(text) &&
    /\p{L}/u.test(text)
  );
}

/**
 * "Barbados Weighs In On Mideast Conflict, Calls For Two-State Solution.": a headline in title case that a site ends
 * with a full stop, one sentence of four words or more (no paragraph capitalises every word; one in capitals is a
 * notice, "THIS STORY HAS BEEN UPDATED.").
 */
function isTitleCaseWithStop(text: string, words: number): boolean {
  return words >= 4 && /[^.]\.$/u.test(text) && !/[.!?]\s+\S/u.test(text) && /\p{Ll}/u.test(text) && isTitleCase(text);
}

/** Nearly every word capitalised but a title's small words ("of", "and", "the"). */
function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => /\p{L}/u.test(word) && !SMALL_WORDS.has(word));
  const capitalised = words.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return words.length > 0 && capitalised / words.length >= 0.9;
}
