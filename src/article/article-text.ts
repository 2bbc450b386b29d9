import type { Block, Inline } from './article-schema';

/** An inline as it reads, with a quotation's own marks around it. */
export function inlineText(inline: Inline): string {
  return inline.type === 'quote' ? `${inline.open}${inline.text}${inline.close}` : inline.text;
}

/** A block as it reads: a heading's text, or a paragraph's inlines joined. */
export function blockText(block: Block): string {
  return block.type === 'heading' ? block.text : block.inlines.map(inlineText).join('');
}
