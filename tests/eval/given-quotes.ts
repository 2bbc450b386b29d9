import type { Block, Inline } from '../../src/article/article-schema';
import type { EvalLabel } from './eval-label';

const MARKS = /["“”‘’'«»„]/u;

/**
 * The blocks with the label's quotations cut out as quote inlines: speakers measured on their own,
 * whatever the text stage finds (`npm run eval -- --given-quotes`).
 */
export function withLabelledQuotes(blocks: readonly Block[], quotes: EvalLabel['quotes']): { blocks: Block[]; placed: number } {
  let next = 0;
  let placed = 0;
  const result = blocks.map((block): Block => {
    if (block.type !== 'paragraph') return block;
    const text = block.inlines
      .map((inline) => (inline.type === 'quote' ? `${inline.open}${inline.text}${inline.close}` : inline.text))
      .join('');
    const inlines: Inline[] = [];
    let cursor = 0;
    while (next < quotes.length) {
      const quote = quotes[next];
      if (!quote) break;
      const at = text.indexOf(quote.text, cursor);
      if (at < 0) break;
      const open = at > 0 && MARKS.test(text[at - 1] ?? '') ? (text[at - 1] as string) : '';
      const end = at + quote.text.length;
      const close = MARKS.test(text[end] ?? '') ? (text[end] as string) : '';
      const outerStart = at - open.length;
      if (outerStart > cursor) inlines.push({ type: 'text', text: text.slice(cursor, outerStart) });
      inlines.push({ type: 'quote', text: quote.text, speaker: null, open, close, continued: quote.continued ?? false });
      cursor = end + close.length;
      next += 1;
      placed += 1;
    }
    if (cursor < text.length || inlines.length === 0) inlines.push({ type: 'text', text: text.slice(cursor) });
    return { type: 'paragraph', inlines };
  });
  return { blocks: result, placed };
}
