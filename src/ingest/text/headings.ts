import { endsOpen, endsWithFullStop, startsLikeTitle, wordCount } from './line-shape';
import type { Draft } from './text-parts';

const MAX_WORDS = 12;
const MAX_CHARS = 90;
/** Two sentences in one line: a heading is never that. */
const SENTENCE_INSIDE = /[.!?]["”’»)]* +["“‘«]?\p{Lu}/u;
/**
 * Reported speech or a pronoun subject: the shape of a one-sentence paragraph missing its full stop. Or one that
 * announces the quotation after it ("The statement says:", "She added:").
 */
export const SENTENCE_LIKE =
  /\b(?:said|told|added|asked) \p{L}|\baccording to\b|,["”’']?\s*(?:\p{L}+ ){0,3}(?:said|says|told|added)\b|^(?:He|She|They|It|We|I|You)\s+(?!\?)|\b(?:said|says|added|reads|stated|states|wrote|writes|continued|explained)\s*:$/u;
/** Lines that date or credit something rather than head it, or say where a study was published ("Journal: Science"). */
const DATES_OR_CREDITS =
  /^(?:photo|image|picture|source|credit|updated|published|posted)\b|^(?:journal|doi|citation|funding)\s*:|\d{1,2}:\d{2}|https?:\/\//iu;
/** A numbered table or figure's caption ("Table 1. Policy Review Template Excerpt") names what stands beside it. */
const NUMBERED_CAPTION = /^(?:table|figure|fig\.|chart|exhibit)\s*\d+\b/iu;
/**
 * A line cut off mid-phrase ("Eric Wilson from the", "The Bishop of Manchester, the Rt Revd Nigel"): it ends on an
 * article, "and" or "or", or a title before a name, which no heading does ("Where it comes from" may end on its
 * preposition).
 */
const CUT_OFF = /\s(?:the|a|an|and|or|Revd|Rev|Mr|Mrs|Ms|Prof|Rt)$/u;
/** A byline names someone ("By Mara Ellingsen"); "By the numbers" or "By the projects" heads a section. */
const BYLINE = /^(?:By|BY|by)\b(?! the \p{Ll})/u;

/** A line that dates or credits something, a byline or a numbered caption: never a heading. */
export function isNotAHeading(text: string): boolean {
  return DATES_OR_CREDITS.test(text) || BYLINE.test(text) || NUMBERED_CAPTION.test(text) || CUT_OFF.test(text);
}

/**
 * The shape of a section heading: one short line, no full stop, not a sentence or a credit. The heading model
 * (heading-model.ts) reads it of a line and its neighbours, with the rest of their shape.
 */
export function looksLikeHeading(draft: Draft): boolean {
  const { text } = draft;
  const words = wordCount(text);
  return (
    draft.lineCount === 1 &&
    words >= 1 &&
    words <= MAX_WORDS &&
    text.length <= MAX_CHARS &&
    !endsWithFullStop(text) &&
    !endsOpen(text) &&
    startsLikeTitle(text) &&
    /\p{L}{2}/u.test(text) &&
    !SENTENCE_INSIDE.test(text) &&
    !SENTENCE_LIKE.test(text) &&
    !isNotAHeading(text)
  );
}

/**
 * A wire's crosshead between dashes, on a line of its own: "- 'Another 10 years' -", "— Record turnout —" (AFP): a
 * few words, the same dash each side. Not a release's end ("- ENDS -"), a score ("- Half-time: Kelsford 1 Tamsel 1
 * -") nor a letter's sign-off ("— Name and address with the editor —").
 */
const WIRE_CROSSHEAD = /^([-–—])\s+([^\s:](?:[^:]{0,60}[^\s:])?)\s+\1$/u;
const MAX_CROSSHEAD_WORDS = 5;

export function isWireCrosshead(text: string): boolean {
  const words = WIRE_CROSSHEAD.exec(text)?.[2];
  return words !== undefined && /\p{L}{2}/u.test(words) && !/^END(?:S)?$/iu.test(words) && wordCount(words) <= MAX_CROSSHEAD_WORDS;
}
