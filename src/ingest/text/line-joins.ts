/**
 * Whether two neighbouring lines belong to one paragraph. Scraped text is hard-wrapped (lines filled to a
 * width, no blank line between paragraphs) or split mid-sentence (a blank line inside a sentence). Joining
 * wrongly merges two paragraphs and splitting wrongly breaks one; neither loses text, but a heading must
 * never be swallowed, so every rule needs positive evidence.
 */

const SENTENCE_END = /[.!?…:;]["”’»)\]]*$/u;
/** Words a sentence does not end on: a line that stops on one goes on after it. */
const LINK_WORDS =
  'a|an|the|of|to|by|and|or|but|with|for|in|on|at|from|that|as|into|than|whose|which|who|its|their|his|her|over|about|nearly|almost';
const ENDS_MID_SENTENCE = new RegExp(String.raw`(?:[\p{Ll}\p{N},–—-]|\b(?:${LINK_WORDS})|\p{L})$`, 'u');
const ENDS_WITH_LINK_WORD = new RegExp(String.raw`(?:,|\b(?:${LINK_WORDS}))$`, 'iu');
/** The same words in lowercase only: "Pages You're Looking For" is a Title Case heading, not a split sentence. */
const ENDS_WITH_LOWERCASE_LINK_WORD = new RegExp(ENDS_WITH_LINK_WORD.source, 'u');
/** "goes on ..." or "“risky for all ...": a quotation's opening mark may stand before the lowercase word (not a link). */
const STARTS_LOWERCASE = /^(?:["“‘«„](?!https?:|www\.))?\p{Ll}+\b/u;
const STARTS_WORDLIKE = /^["“‘'«„]?[\p{L}\p{N}]/u;

function words(text: string): number {
  return text.split(' ').length;
}

function firstWordLength(text: string): number {
  const space = text.indexOf(' ');
  return space < 0 ? text.length : space;
}

/**
 * Two lines with no blank line between: the first was filled to the wrap width (the next line's first
 * word would not have fitted on it), or it stops mid-sentence and the next goes on in lowercase. The
 * text's first line is often a headline as long as a wrapped line: filling the width is not evidence
 * enough for it, unless it stops on a comma or a word like "of".
 */
export function continuesOnNextLine(line: string, next: string, width: number | null, firstLine = false): boolean {
  const fills = width !== null && line.length <= width && line.length + 1 + firstWordLength(next) > width;
  if (fills && (!firstLine || ENDS_WITH_LINK_WORD.test(line))) return true;
  // "... onto its neighbouring complex over" then "42 months ...": a number goes on after a word like "over".
  return !SENTENCE_END.test(line) && (STARTS_LOWERCASE.test(next) || (ENDS_WITH_LOWERCASE_LINK_WORD.test(line) && /^\p{N}/u.test(next)));
}

/**
 * A blank line inside a sentence: the paragraph so far stops mid-sentence and is long enough not to be a
 * heading, and the next one goes on in lowercase, or the paragraph stops on a comma or a word like "the"
 * (in lowercase: a Title Case heading may end on "For" or "To").
 */
export function continuesAfterBlankLine(paragraph: string, next: string): boolean {
  if (SENTENCE_END.test(paragraph) || !ENDS_MID_SENTENCE.test(paragraph)) return false;
  const length = words(paragraph);
  if (STARTS_LOWERCASE.test(next) && length >= 6) return true;
  return ENDS_WITH_LOWERCASE_LINK_WORD.test(paragraph) && length >= 8 && STARTS_WORDLIKE.test(next);
}

/**
 * A word hyphenated across a hard wrap ("cross-" then "border ..."): the line ends in a hyphen straight
 * after a letter and the next goes on in lowercase, so the two halves join with no space between. A
 * hyphen kept ("cross-border", not "crossborder"): a wrap at a real hyphen is the common case in news.
 */
export function rejoinsHyphenated(line: string, next: string): boolean {
  return /\p{L}-$/u.test(line) && /^\p{Ll}/u.test(next);
}
