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

/** The lead paragraph, cut between words with an ellipsis when it is long. */
export function excerptOf({ blocks }: Body): string {
  const lead = blocks.find((block) => block.type === 'paragraph');
  return lead ? cutBetweenWords(blockText(lead), EXCERPT_MAX_CHARS) : '';
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
