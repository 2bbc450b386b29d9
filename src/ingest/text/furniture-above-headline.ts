import { eng as ENGLISH_STOP_WORDS } from 'stopword';
import { isHeadline } from './headline';
import { comparable, wordCount } from './line-shape';
import type { Draft } from './text-parts';

/** How far down a headline may stand below the page's lines. */
const MAX_HEADLINE_AT = 8;
/** How many paragraphs of prose below a headline are its article text, for the words they share... */
const BODY_DRAFTS = 8;
/** ...a paragraph of prose having at least this many words. */
const MIN_PROSE_WORDS = 8;
/** A page's line above the headline has at most this many words ("You are using an older browser version..."). */
const MAX_FURNITURE_WORDS = 30;
/** A headline has at least this many words that carry meaning ("As Prepared for Delivery" has two)... */
const MIN_HEADLINE_WORDS = 3;
/** ...and shares at least this share of them, and two, with the article under it. */
const MIN_HEADLINE_SHARE = 0.5;
/**
 * A page's line shares less than this share of its words with the article, or at most one word when it has at most
 * three ("BBC News" its "news", "Margao, November 28" its place). A paragraph of the article's own shares more, and
 * so does a headline that talks round its subject ("From pageviews to progress" over its subtitle).
 */
const MAX_FURNITURE_SHARE = 0.25;
const MAX_LABEL_WORDS = 3;

const STOP_WORDS = new Set(ENGLISH_STOP_WORDS);

/**
 * How many drafts above the headline are the page's, not the article's: a browser notice ("You are using an older
 * browser version"), an advert, a menu, a search prompt, a server's error ("[an error occurred while processing this
 * directive]"), a dateline or a timestamp. A headline says what the article under it is about, in its words; the
 * page's lines do not. So the first headline-shaped line below the first that shares half its words with the text
 * under it is the headline when every line above it is short and shares less; else 0 (the first line is the
 * article's, and the other rules decide).
 */
export function furnitureAboveHeadline(drafts: readonly Draft[]): number {
  for (let k = 1; k <= MAX_HEADLINE_AT && k + 1 < drafts.length; k += 1) {
    const line = drafts[k] as Draft;
    if (!isHeadline(line, drafts[k + 1])) continue;
    // The article's prose only: the page's short lines under the headline ("World Reuters Jun 29, 2018") are no
    // evidence of what it is about.
    const body = stemsOf(
      drafts
        .slice(k + 1)
        .filter((draft) => wordCount(draft.text) >= MIN_PROSE_WORDS)
        .slice(0, BODY_DRAFTS)
        .map((draft) => draft.text)
        .join(' '),
    );
    const [shared, own] = sharedWith(line.text, body);
    if (own < MIN_HEADLINE_WORDS || shared < 2 || shared / own < MIN_HEADLINE_SHARE) continue;
    const above = drafts.slice(0, k);
    const isPagesLine = (draft: Draft): boolean => {
      // "Home » World » <the headline>": a trail of the page's sections, ending with it.
      if (comparable(draft.text).endsWith(comparable(line.text)) && draft.text.length > line.text.length) return true;
      const [common, words] = sharedWith(draft.text, body);
      const label = wordCount(draft.text) <= MAX_LABEL_WORDS && common <= 1;
      return wordCount(draft.text) <= MAX_FURNITURE_WORDS && (words === 0 || label || common / words < MAX_FURNITURE_SHARE);
    };
    return above.every(isPagesLine) ? k : 0;
  }
  return 0;
}

/** How many of the text's word stems `body` has, and how many it has. */
function sharedWith(text: string, body: ReadonlySet<string>): [shared: number, own: number] {
  const own = stemsOf(text);
  return [[...own].filter((stem) => body.has(stem)).length, own.size];
}

/**
 * A text's words that carry its meaning, as crude stems: lower case, three letters or more, no stop words, without
 * a plural's "s", cut to five letters ("trams" and "tram" are one, "shares" and "shareholders" too; a headline's
 * "layoffs" and its article's "laid off" are not, which the share allows for).
 */
function stemsOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return new Set(words.filter((word) => !STOP_WORDS.has(word)).map((word) => word.replace(/(?<=\p{L}{3})s$/u, '').slice(0, 5)));
}
