import { blockText } from '../../article/article-text';
import type { RemovedText } from '../../article/article-schema';
import type { ParsedArticle } from '../parsed-article';
import { withCutsRestored } from './cut-span';
import { decodeEntities } from './decode-entities';

/**
 * The text stage run backwards: an article written out as a text file again. The date prefix; the
 * headline when the title came from one; then every block (a quotation re-wrapped in its own marks),
 * blocks separated by blank lines; and every `removed` entry back in its place: a removed line before
 * the block it stood before, a cut span inside its block at its offset.
 *
 * The round trip (parse, then serialise) gives back the input text after this normalisation and nothing
 * else (see normaliseForRoundTrip):
 * - the BOM is dropped and CRLF/CR line endings become LF (decodeSource does both before parsing);
 * - HTML entities are decoded: named, numeric, double-encoded (`&amp;#39;`), and broken ones that lost
 *   their `&` (`quot;`, `#39;`, `rsquo;`);
 * - whitespace is not kept: every run of spaces, tabs, no-break spaces, line breaks and blank lines counts
 *   as one space (so hard-wrapped lines rejoined into one paragraph, or a paragraph split in two, still
 *   compare equal), and leading and trailing whitespace is ignored;
 * - whitespace between a hyphen that follows a letter and a lowercase letter is dropped, so a word
 *   hyphenated across a hard wrap ("cross-" at a line's end, "border" on the next), which the text stage
 *   rejoins as "cross-border", compares equal.
 * Every word, punctuation mark, quotation mark and HTML tag comes back, in its order.
 */
export function serialiseParsedArticle(parsed: Pick<ParsedArticle, 'date' | 'title' | 'titleSource' | 'blocks' | 'removed'>): string {
  const parts = [` date ${parsed.date}`];
  const place = (at: number, text: string | null): void => {
    const here = parsed.removed.filter((removed) => removed.at === at);
    parts.push(...here.filter((removed) => removed.offset === undefined).map((removed) => removed.text));
    if (text !== null) parts.push(withCutsRestored(text, here.filter(hasOffset)));
  };
  if (parsed.titleSource === 'headline') place(-1, parsed.title);
  parsed.blocks.forEach((block, index) => place(index, blockText(block)));
  place(parsed.blocks.length, null);
  return `${parts.join('\n\n')}\n`;
}

/** What the round trip keeps: the text with entities decoded and whitespace runs as single spaces. */
export function normaliseForRoundTrip(text: string): string {
  return decodeEntities(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'))
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{L}-) (?=\p{Ll})/gu, '')
    .trim();
}

function hasOffset(removed: RemovedText): removed is RemovedText & { offset: number } {
  return removed.offset !== undefined;
}
