/**
 * How text becomes search terms, shared by the index builder (Node) and the query engine (browser): both
 * must cut and fold words the same way, or a query could never meet the index.
 *
 * A term is a word folded for comparison: lower case, accents removed, apostrophes and the dots or commas
 * inside numbers dropped, a possessive ’s cut. So "Café" finds "cafe", "O’Brien" finds "obrien",
 * "Stoltenberg’s" finds "stoltenberg" and "12,000" finds "12000".
 */

/** Letters and digits (with their combining marks), joined by an apostrophe, a dot or a comma inside a word. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.,][\p{L}\p{N}\p{M}]+)*/gu;
const MARKS = /\p{M}/gu;
const POSSESSIVE = /['’]s$/;
const JOINERS = /['’.,]/g;
const NON_ASCII = /[^ -~]/;
const PLAIN = /^[A-Za-z0-9]+$/;

/**
 * Words too common to help find anything. They are not indexed; a phrase still matches across them ("price
 * of oil" is the pair price-oil), so a phrase may also match where another short word stands between.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its of on or our ' +
    'she so than that the their them then there these they this those to was we were which who will with you'
  ).split(' '),
);

/** Folds one word as the index stores it; "" when nothing searchable is left. */
export function foldWord(word: string): string {
  // Most words are plain letters and digits: one test spares them the decomposition and the replacements.
  if (PLAIN.test(word)) return word.toLowerCase();
  const plain = NON_ASCII.test(word) ? word.normalize('NFKD').replace(MARKS, '') : word;
  return plain.toLowerCase().replace(POSSESSIVE, '').replace(JOINERS, '');
}

/** The terms of a text, in reading order, stopwords included (callers decide what to skip). */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    const term = foldWord(word);
    if (term) terms.push(term);
  }
  return terms;
}

export type WordSpan = { term: string; start: number; end: number };

/** Each word of a text with where it stands, for highlighting matched words in the text as written. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = foldWord(match[0]);
    if (term) spans.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}
