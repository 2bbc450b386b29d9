import type { ArticleLayout, QuoteSpot } from './article-layout';
import { cueAfter, cueBefore } from './speech-cues';
import { SPEECH_GERUND_PATTERN, SPEECH_VERB_PATTERN } from './speech-verbs';

/**
 * What the quote-kind model looks at for one text in quote marks: its own shape (length, clause, capitals,
 * closing punctuation) and its surroundings (a speech verb or colon near it, the words just before the
 * opening mark, its place in the paragraph). Every feature is a number in [0, 1]; the names are the keys of
 * the weights in quote-kind-weights.json, so adding one means training again (scripts/quote-kinds/train.ts).
 */
export const FEATURE_NAMES = [
  'bias',
  'length',
  'oneWord',
  'fewWords',
  'manyWords',
  'endsWithPunctuation',
  'endsWithComma',
  'startsUpper',
  'titleCase',
  'clauseWords',
  'firstPerson',
  'sentence',
  'speechAfter',
  'speechBefore',
  'colonBefore',
  'commaBefore',
  'kindLead',
  'callLead',
  'opensParagraph',
  'wholeParagraph',
  'unclosed',
  'continued',
  'letterBefore',
  'letterAfter',
  'determinerBefore',
  'digits',
  'singleMarks',
  'otherQuotesInParagraph',
  'capitalShare',
  'preposition',
  'speechInSentence',
  'fewWithoutSpeech',
  'longWithSpeech',
  'clauseWithSpeech',
  'workLead',
  'exampleLead',
  'listNeighbour',
  'question',
  'cueNear',
  'copulaBefore',
  'questionExample',
  'repeated',
  'edited',
  'sayingNear',
  'questionLead',
] as const;

export type QuoteFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

const SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|${SPEECH_GERUND_PATTERN}|according to)(?![\p{L}])`, 'iu');
const CLAUSE =
  /(?<![\p{L}])(?:i|we|you|he|she|they|it|is|are|was|were|will|would|can|could|should|must|have|has|had|do|does|did|be|been|not|there|this|that)(?![\p{L}])|n['’]t\b|['’](?:re|ll|ve|m|s)\b/iu;
const FIRST_PERSON = /(?<![\p{L}])(?:i|we|our|us|my|me|you|your)(?![\p{L}])/iu;
// Words that announce a name, term or title rather than someone's words ("the so-called", "dubbed", "titled");
// not "described as", which reports how someone put it (CALL_LEAD).
const KIND_LEAD =
  /(?<![\p{L}])(?:so-called|so called|dubbed|nicknamed|known(?:\s+\p{Ll}+ly)?\s+as|titled|entitled|named|termed|term|terms|word|words|phrase|label|labelled|labeled|slogan|motto|hashtag|branded|marked|(?<!describ\p{Ll}*\s+(?:\p{L}+\s+)?)as)(?:\s+(?:the|a|an))?\s*$/iu;
// "Described as" is not one of them: it reports how someone put it, as "said" does.
const CALL_LEAD = /(?<![\p{L}])(?:call|calls|called|calling)(?:\s+(?:it|them|him|her|this|that|the|a|an))?\s*$/iu;
// A work or a saying named just before the marks: "the blog post series called", "an article on", "the proverb".
const WORK_LEAD =
  /(?<![\p{L}])(?:article|post|posts|report|book|series|blog|course|lesson|session|panel|talk|proverb|saying|adage|motto|mantra|refrain|forum|webinar|workshop|guide|video|film|song|page|chapter|paper|memo|titled|entitled|headlined|called|named)\s*(?:on|called|titled|entitled|named|says)?\s*[,:]?\s*$/iu;
// Words given as examples ("words such as", "like"): mentioned, not said.
const EXAMPLE_LEAD = /(?<![\p{L}])(?:such as|like|including|or|and|words?|phrases?|terms?|labels?)\s*[,:]?\s*$/iu;
// A saying named in the same sentence ("as the proverb says", "was his well-known refrain"): a slogan, not a statement.
const SAYING =
  /(?<![\p{L}])(?:proverb|proverbs|sayings|adage|adages|motto|mottos|mantra|mantras|refrain|maxim|maxims|slogan|slogans|catchphrase|catch-phrase|tagline|idiom|cliché|cliche|aphorism)(?![\p{L}])/iu;
// Words put as a question or an answer ("an obvious question would be,", "asking", "the answer is"): someone's words.
const QUESTION_LEAD = /(?<![\p{L}])(?:questions?|ask|asks|asked|asking|answer|answers|answered|reply|replied)(?![\p{L}])[^.!?]{0,40}$/iu;
const DETERMINER = /(?<![\p{L}])(?:the|a|an|its|their|our|his|her|this|that|these|those)\s*$/iu;
// A judgement given as a predicate ("were being “stingy”", "was “regrettable.”"): someone's word for it.
const COPULA = /(?<![\p{L}])(?:is|are|was|were|be|being|been|seemed|seems|looked|felt)\s*$/iu;
const PREPOSITION = /(?<![\p{L}])(?:of|for|in|on|at|with|about|from|into|by|to)\s*$/iu;

/**
 * How far after the closing mark the end of its sentence is looked for. Bounded so that a quote costs the
 * same in a paragraph of any length: unbounded, a paragraph of thousands of quotations whose sentences
 * never end the way the pattern expects cost its whole length for each one (minutes for a 400 KB file).
 */
const SENTENCE_WINDOW = 400;

/** The longest quote, in words, looked for again elsewhere in the article. */
const REPEAT_WORDS = 5;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const MARK_BEFORE = /["“”‘’'«»„‚‹›]$/u;
const repeatsOfLayout = new WeakMap<ArticleLayout, Set<string>>();

/** A short quote's words in lower case, one space apart, punctuation dropped: how its repeats are matched. */
function wordKey(text: string): string {
  return (text.toLowerCase().match(WORD) ?? []).join(' ');
}

/**
 * Of the article's short quotes, those whose words stand again in its paragraphs, out of quote marks: a term,
 * title or name is used again ("“Ease of Use” (EoU)", "the “tour of duty” ... a tour of duty"), someone's words
 * seldom are. The title and headings do not count: a headline or subhead often repeats a quotation ("'Years of
 * neglect'"). One pass over the words with a set lookup per run of up to five, so any length of article costs
 * in proportion.
 */
function repeatsOf(layout: ArticleLayout): Set<string> {
  const known = repeatsOfLayout.get(layout);
  if (known) return known;
  const repeats = new Set<string>();
  repeatsOfLayout.set(layout, repeats);
  const wanted = new Set<string>();
  for (const quote of layout.quotes) {
    const key = wordKey(layout.text.slice(quote.start, quote.end));
    if (key.length >= 2 && key.split(' ').length <= REPEAT_WORDS) wanted.add(key);
  }
  if (wanted.size === 0) return repeats;
  const quoted = [...layout.quotes].sort((a, b) => a.start - b.start);
  for (const passage of layout.passages) {
    if (passage.kind !== 'paragraph') continue;
    const words = [...layout.text.slice(passage.start, passage.end).matchAll(WORD)];
    words.forEach((first, w) => {
      const at = passage.start + first.index;
      // The quote itself, and any text set in marks (a quotation that uses the words too), is not a repeat.
      if (insideAny(quoted, at) || MARK_BEFORE.test(layout.text.slice(Math.max(0, at - 1), at))) return;
      let key = '';
      for (let n = 0; n < REPEAT_WORDS && w + n < words.length; n += 1) {
        key = n === 0 ? first[0].toLowerCase() : `${key} ${(words[w + n]?.[0] ?? '').toLowerCase()}`;
        if (wanted.has(key)) repeats.add(key);
      }
    });
  }
  return repeats;
}

/** Whether `at` falls inside one of the spans, sorted by start (which, in a text, do not overlap). */
function insideAny(spans: ReadonlyArray<{ start: number; end: number }>, at: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (at < span.start) high = middle - 1;
    else if (at >= span.end) low = middle + 1;
    else return true;
  }
  return false;
}

type Paragraphs = { spans: Map<number, { start: number; end: number }>; quoteCounts: Map<number, number> };
const paragraphsOfLayout = new WeakMap<ArticleLayout, Paragraphs>();

/** Each block's span and number of quotes, worked out once per layout rather than searched for each quote. */
function paragraphsOf(layout: ArticleLayout): Paragraphs {
  let paragraphs = paragraphsOfLayout.get(layout);
  if (!paragraphs) {
    paragraphs = { spans: new Map(), quoteCounts: new Map() };
    for (const passage of layout.passages) if (!paragraphs.spans.has(passage.block)) paragraphs.spans.set(passage.block, passage);
    for (const quote of layout.quotes) paragraphs.quoteCounts.set(quote.block, (paragraphs.quoteCounts.get(quote.block) ?? 0) + 1);
    paragraphsOfLayout.set(layout, paragraphs);
  }
  return paragraphs;
}

/**
 * The word just before the opening mark, when it is written in lower case ("like", "called", "said"), else "".
 * The model learns a weight for each of the commonest (scripts/quote-kinds/train.ts picks them); a capitalised word
 * is a name or a sentence's start, nothing to learn from.
 */
export function wordBefore(layout: ArticleLayout, quote: QuoteSpot): string {
  const word = /(\p{L}+)[^\p{L}\n]*$/u.exec(layout.text.slice(Math.max(0, quote.outerStart - 40), quote.outerStart))?.[1] ?? '';
  return /^\p{Ll}/u.test(word) ? word : '';
}

/** The features of `quote` in `layout`, read from at most a sentence either side. */
export function quoteFeatures(layout: ArticleLayout, quote: QuoteSpot): QuoteFeatures {
  const { text } = layout;
  const { spans, quoteCounts } = paragraphsOf(layout);
  const paragraph = spans.get(quote.block) ?? { start: 0, end: text.length };
  const quoted = text.slice(quote.start, quote.end).trim();
  const before = text.slice(Math.max(paragraph.start, quote.outerStart - 300), quote.outerStart);
  const after = text.slice(quote.outerEnd, Math.min(paragraph.end, quote.outerEnd + 80));
  const sentenceBefore = before.split(/[.!?]["”’]?\s+(?=\p{Lu})/u).at(-1) ?? '';
  const sentenceAfter = after.split(/(?<=[.!?])\s+/u)[0] ?? '';
  const words = quoted.split(/\s+/).filter(Boolean);
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  const longWords = words.filter((word) => word.replace(/\P{L}/gu, '').length > 3);
  // The whole sentence around the marks: a fragment is someone's words when the sentence reports speech.
  const sentenceEnd = /[.!?](?=["”’]?\s+\p{Lu})|$/u.exec(
    text.slice(quote.outerEnd, Math.min(paragraph.end, quote.outerEnd + SENTENCE_WINDOW)),
  );
  const sentence = `${sentenceBefore} ${text.slice(quote.outerEnd, quote.outerEnd + (sentenceEnd?.index ?? 0))}`;
  const speechInSentence = SPEECH.test(sentence) || SPEECH.test(sentenceAfter.slice(0, 60));
  const others = (quoteCounts.get(quote.block) ?? 1) - 1;
  // Marked texts in a row ("“sick,” “vomit,” and “diarrhea”"): a list of words or titles, seldom of statements.
  const listNeighbour =
    /["“”‘’'][\s,;]*(?:and|or)?\s*$/u.test(text.slice(Math.max(paragraph.start, quote.outerStart - 6), quote.outerStart)) ||
    /^[\s,;]*(?:and|or)?\s*["“”‘’']/u.test(text.slice(quote.outerEnd, Math.min(paragraph.end, quote.outerEnd + 6)));
  const cueNear = cueAfter(after, quote.outerEnd) !== null || cueBefore(before, quote.outerStart - before.length) !== null;
  return {
    bias: 1,
    length: Math.min(words.length, 40) / 40,
    oneWord: words.length === 1 ? 1 : 0,
    fewWords: words.length > 1 && words.length <= 4 ? 1 : 0,
    manyWords: words.length >= 10 ? 1 : 0,
    endsWithPunctuation: /[.!?…;:]$/u.test(quoted) ? 1 : 0,
    endsWithComma: /,$/u.test(quoted) ? 1 : 0,
    startsUpper: /^\p{Lu}/u.test(quoted) ? 1 : 0,
    titleCase: longWords.length >= 2 && longWords.every((word) => /^\p{Lu}/u.test(word)) ? 1 : 0,
    clauseWords: CLAUSE.test(quoted) ? 1 : 0,
    firstPerson: FIRST_PERSON.test(quoted) ? 1 : 0,
    sentence: /^\p{Lu}/u.test(quoted) && /[.!?,]$/u.test(quoted) && words.length >= 4 ? 1 : 0,
    speechAfter: SPEECH.test(sentenceAfter.slice(0, 60)) ? 1 : 0,
    speechBefore: SPEECH.test(sentenceBefore) ? 1 : 0,
    colonBefore: /:\s*$/u.test(before) ? 1 : 0,
    commaBefore: /,\s*$/u.test(before) ? 1 : 0,
    kindLead: KIND_LEAD.test(before) ? 1 : 0,
    callLead: CALL_LEAD.test(before) ? 1 : 0,
    opensParagraph: before.trim() === '' && quote.outerStart - paragraph.start < 120 ? 1 : 0,
    // A search for the first non-space stops at once, where trimming a long rest of the paragraph would copy it.
    wholeParagraph:
      !/\S/u.test(text.slice(paragraph.start, quote.outerStart)) && !/\S/u.test(text.slice(quote.outerEnd, paragraph.end)) ? 1 : 0,
    unclosed: quote.end === quote.outerEnd ? 1 : 0,
    continued: quote.continued ? 1 : 0,
    letterBefore: /\p{L}\s*$/u.test(before) ? 1 : 0,
    letterAfter: /^\s*\p{L}/u.test(after) && !SPEECH.test(sentenceAfter.slice(0, 40)) ? 1 : 0,
    determinerBefore: DETERMINER.test(before) ? 1 : 0,
    digits: /\d/u.test(quoted) ? 1 : 0,
    singleMarks: /^['‘’]/u.test(text.slice(quote.outerStart, quote.start)) ? 1 : 0,
    otherQuotesInParagraph: others > 0 ? 1 : 0,
    capitalShare: words.length ? capitalised / words.length : 0,
    preposition: PREPOSITION.test(before) ? 1 : 0,
    speechInSentence: speechInSentence ? 1 : 0,
    fewWithoutSpeech: words.length <= 4 && !speechInSentence ? 1 : 0,
    longWithSpeech: words.length >= 6 && speechInSentence ? 1 : 0,
    clauseWithSpeech: CLAUSE.test(quoted) && speechInSentence ? 1 : 0,
    workLead: WORK_LEAD.test(before) ? 1 : 0,
    exampleLead: EXAMPLE_LEAD.test(before) ? 1 : 0,
    listNeighbour: listNeighbour ? 1 : 0,
    question: /\?$/u.test(quoted) ? 1 : 0,
    cueNear: cueNear ? 1 : 0,
    copulaBefore: COPULA.test(before) ? 1 : 0,
    // Questions given as examples ("questions like “what are acceptance criteria?”") are words put in someone's mouth.
    questionExample: /\?$/u.test(quoted) && (EXAMPLE_LEAD.test(before) || listNeighbour) ? 1 : 0,
    // Square brackets or an ellipsis inside the marks: the writer cut or filled in someone's words.
    edited: /\[|…|\.\.\./u.test(quoted.replace(/(?:…|\.\.\.)$/u, '')) ? 1 : 0,
    sayingNear: SAYING.test(sentenceBefore) || SAYING.test(sentenceAfter) ? 1 : 0,
    questionLead: QUESTION_LEAD.test(before) ? 1 : 0,
    repeated: repeatsOf(layout).has(wordKey(quoted)) ? 1 : 0,
  };
}
