import { blockText } from '../article/article-text';

const WORDS_PER_MINUTE = 230;
const EXCERPT_MAX_CHARS = 220;

type Body = { blocks: Parameters<typeof blockText>[0][] };

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function bodyWordCount({ blocks }: Body): number {
  return blocks.reduce((total, block) => total + countWords(blockText(block)), 0);
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

/**
 * The lead paragraph, cut between words with an ellipsis when it is long, never repeating the title: a
 * title made from the lead sentence (`titleSource` "lead") would otherwise be read twice on every card. Then the excerpt is the
 * rest of the lead after that sentence (after an ellipsis when the title ended inside it), or the next paragraph
 * when the title took it all (or was cut with an ellipsis).
 */
export function excerptOf({ blocks }: Body, title = '', titleSource: 'headline' | 'lead' | 'input' = 'lead'): string {
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => squeeze(blockText(block)));
  const [lead, next] = paragraphs;
  if (lead === undefined) return '';
  const shared = squeeze(title).replace(/…$/u, '');
  // Only a title made from the lead repeats it: a headline that happens to open the lead ("Rovers sack manager" over
  // "Rovers sack manager Tom Vale after ...") leaves it whole, and so does a title that ends inside the lead's word.
  const repeats = titleSource === 'lead' && shared !== '' && lead.startsWith(shared) && !/^[\p{L}\p{N}]/u.test(lead.slice(shared.length));
  if (!repeats) return cutBetweenWords(lead, EXCERPT_MAX_CHARS);
  const rest = title.endsWith('…') ? '' : lead.slice(shared.length).trim();
  // What the title left of the lead is only worth showing when it holds words, not a lone full stop. A title cut at a
  // clause's end leaves the rest of its sentence, which goes on from it: "…yet but Division One club St Andrew’s have";
  // a title that is the whole first sentence (its full stop dropped) leaves the next sentence.
  if (/[\p{L}\p{N}]/u.test(rest)) {
    if (/^[.!?]/u.test(rest)) return cutBetweenWords(rest.replace(/^[.!?]["”’)]*\s*/u, ''), EXCERPT_MAX_CHARS);
    const goesOn = !/[.!?]["”’)]*$/u.test(shared);
    return cutBetweenWords(goesOn ? `…${rest.replace(/^[\s,;:–—-]+/u, '')}` : rest, EXCERPT_MAX_CHARS);
  }
  return cutBetweenWords(next ?? '', EXCERPT_MAX_CHARS);
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary; adds an ellipsis when something was cut. */
export function cutBetweenWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}
