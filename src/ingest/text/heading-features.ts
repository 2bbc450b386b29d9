import { isNotAHeading, looksLikeHeading, SENTENCE_LIKE } from './headings';
import { endsWithFullStop, wordCount } from './line-shape';
import type { Draft } from './text-parts';

/**
 * What the heading model (heading-model.ts) reads of a candidate line: its own shape and the shape of the lines
 * around it. A list item and a section heading look alike on their own; what tells them apart is mostly their
 * neighbours (a run of short lines after "...the challenges of:", or a long paragraph after a short title).
 */
export const HEADING_FEATURES = [
  'bias',
  'shape',
  'nextShape',
  'previousShape',
  'noPrevious',
  'previousEndsColon',
  'previousEndsSentence',
  'previousEndsQuestion',
  'endsQuestion',
  'endsExclamation',
  'endsColon',
  'endsBracket',
  'interviewPrefix',
  'startsLower',
  'startsSymbol',
  'numbered',
  'startsArticle',
  'words',
  'chars',
  'capitalised',
  'allCaps',
  'comma',
  'quoteMark',
  'nextWords',
  'nextLong',
  'nextStartsLower',
  'previousWords',
  'shortRun',
  'sameStartAsNeighbour',
  'titleCase',
  'wholeQuoted',
  'markup',
  'digits',
  'afterNextLong',
  'listAfterSentence',
  'repeatedInArticle',
  'underHeading',
  'asksYou',
  'endsFullStop',
] as const;

export type HeadingFeature = (typeof HEADING_FEATURES)[number];
export type HeadingFeatures = Record<HeadingFeature, number>;

const MAX_CANDIDATE_WORDS = 18;
const MAX_CANDIDATE_CHARS = 130;

/**
 * A short line: one line with letters that does not end a sentence, nor reads as one (reported speech, a pronoun
 * subject), nor dates or credits something. Runs of these are lists or headings with their sub-headings.
 */
function isShortLine(draft: Draft): boolean {
  return isHeadingCandidate(draft) && !endsWithFullStop(draft.text);
}

/**
 * A line the model is asked about at all: one short line with letters that does not read as reported speech or a
 * pronoun's sentence, nor dates or credits something: those are too rare among the labelled lines for the model to
 * learn, and never headings. A line ending with a full stop is asked about ("Ask for help early."): some
 * publishers' headings are sentences.
 */
export function isHeadingCandidate(draft: Draft): boolean {
  const { text } = draft;
  return (
    draft.lineCount === 1 &&
    text.length <= MAX_CANDIDATE_CHARS &&
    wordCount(text) <= MAX_CANDIDATE_WORDS &&
    /\p{L}{2}/u.test(text) &&
    !/[,;–—-]$/u.test(text) &&
    !SENTENCE_LIKE.test(text) &&
    !isNotAHeading(text)
  );
}

// Words a title leaves in lower case ("Managing APIs and Promoting Developer Adoption").
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as', 'vs']);
const isShort = (draft: Draft | undefined): boolean => draft !== undefined && isShortLine(draft);
const firstWord = (draft: Draft | undefined): string => (draft?.text.split(' ')[0] ?? '').toLowerCase();
const flag = (value: boolean): number => (value ? 1 : 0);
// Word counts are read on a log scale: a 40-word paragraph and a 200-word one are both body text.
const logWords = (draft: Draft | undefined): number => (draft ? Math.log1p(wordCount(draft.text)) / 5 : 0);

/** What the features read of the whole body, counted once per article so that each line costs the same. */
export type BodyShape = { runs: number[]; textCounts: Map<string, number> };

/** For each draft, the length of the run of short lines it stands in (0 for a long one), and how often each text occurs. */
export function bodyShape(drafts: readonly Draft[]): BodyShape {
  const runs = drafts.map(() => 0);
  for (let start = 0; start < drafts.length;) {
    let end = start;
    while (end < drafts.length && isShort(drafts[end])) end += 1;
    for (let i = start; i < end; i += 1) runs[i] = end - start;
    start = Math.max(end, start + 1);
  }
  const textCounts = new Map<string, number>();
  for (const draft of drafts) textCounts.set(draft.text, (textCounts.get(draft.text) ?? 0) + 1);
  return { runs, textCounts };
}

/** Emoji leading a line ("🚀 Launches this year") decorate it: the line is read without them. */
const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+\s*/u;

/** The features of the line at `index` (a candidate) among the body's drafts. */
export function headingFeatures(drafts: readonly Draft[], index: number, shape: BodyShape): HeadingFeatures {
  const line = drafts[index] as Draft;
  const text = line.text.replace(LEADING_EMOJI, '');
  const draft = { ...line, text };
  const previous = drafts[index - 1];
  const next = drafts[index + 1];
  const words = text.split(' ');
  const capitalised = words.filter((word) => /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word)).length / words.length;
  const run = Math.max(1, shape.runs[index] ?? 1);
  const start = firstWord(draft);
  return {
    bias: 1,
    shape: flag(looksLikeHeading(draft)),
    nextShape: flag(next !== undefined && looksLikeHeading(next)),
    previousShape: flag(previous !== undefined && looksLikeHeading(previous)),
    noPrevious: flag(previous === undefined),
    previousEndsColon: flag(previous !== undefined && /:["”’)]*$/u.test(previous.text)),
    previousEndsSentence: flag(previous !== undefined && /[.!]["”’)]*$/u.test(previous.text)),
    previousEndsQuestion: flag(previous !== undefined && /\?["”’)]*$/u.test(previous.text)),
    endsQuestion: flag(/\?["”’)]*$/u.test(text)),
    endsExclamation: flag(/!["”’)]*$/u.test(text)),
    endsColon: flag(/:$/u.test(text)),
    endsBracket: flag(/\)$/u.test(text)),
    interviewPrefix: flag(/^\p{Lu}{1,3}:\s/u.test(text)),
    startsLower: flag(/^\p{Ll}/u.test(text)),
    startsSymbol: flag(/^[^\p{L}\p{N}"“‘'«„(]/u.test(text)),
    numbered: flag(/^\d{1,2}[.):]\s/u.test(text)),
    startsArticle: flag(/^(?:a|an|the)$/u.test(start)),
    words: Math.log1p(words.length) / 3,
    chars: text.length / 100,
    capitalised,
    allCaps: flag(/\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text)),
    comma: flag(text.includes(',')),
    quoteMark: flag(/["“”‘’«»]/u.test(text)),
    nextWords: logWords(next),
    nextLong: flag(next !== undefined && wordCount(next.text) > 25),
    nextStartsLower: flag(next !== undefined && /^\p{Ll}/u.test(next.text)),
    previousWords: logWords(previous),
    shortRun: Math.log(run),
    sameStartAsNeighbour: flag(start !== '' && (firstWord(previous) === start || firstWord(next) === start)),
    titleCase: flag(words.length >= 2 && words.every((word) => SMALL_WORDS.has(word) || /^["“‘'(]?[\p{Lu}\p{N}]/u.test(word))),
    wholeQuoted: flag(/^["“‘«].*["”’»]$/u.test(text)),
    markup: flag(/[{}[\]=|#*]/u.test(text)),
    digits: (text.match(/\p{N}/gu)?.length ?? 0) / text.length,
    afterNextLong: flag(
      next !== undefined && isShort(next) && (drafts[index + 2] ? wordCount((drafts[index + 2] as Draft).text) > 25 : false),
    ),
    // The first of a run of short lines right after a sentence: a heading over a list, or the list's first item.
    listAfterSentence: flag(isShort(next) && previous !== undefined && /[.!]["”’)]*$/u.test(previous.text)),
    repeatedInArticle: flag((shape.textCounts.get(line.text) ?? 0) > 1),
    // The second of two short lines between paragraphs, the first no list's lead-in: a heading's sub-heading.
    underHeading: flag(
      isShort(previous) &&
        !/:$/u.test((previous as Draft).text) &&
        drafts[index - 2] !== undefined &&
        /[.!?]["”’)]*$/u.test((drafts[index - 2] as Draft).text) &&
        next !== undefined &&
        !isShort(next),
    ),
    // A question put to someone ("What makes you most proud?"): an interview's, not a section's.
    asksYou: flag(/\?["”’)]*$/u.test(text) && /\byou(?:r|['’]d|['’]re|['’]ve)?\b/iu.test(text)),
    endsFullStop: flag(endsWithFullStop(text)),
  };
}
