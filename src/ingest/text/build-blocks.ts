import type { Block } from '../../article/article-schema';
import { uniqueHeadingIds } from './heading-ids';
import { headingsAt } from './heading-model';
import { quoteInlines } from './quotations';
import type { Draft } from './text-parts';

/**
 * The body drafts as blocks: headings (with ids unique in the article) and paragraphs split into text
 * and quotations. A quotation left open at the end of a paragraph carries into the next paragraph only.
 */
export function buildBlocks(drafts: readonly Draft[]): Block[] {
  const headingAt = headingsAt(drafts);
  const ids = uniqueHeadingIds(drafts.filter((_, index) => headingAt[index]).map((draft) => draft.text));
  let nextId = 0;
  let carried = false;
  return drafts.map((draft, index): Block => {
    if (headingAt[index]) {
      carried = false;
      return { type: 'heading', id: ids[nextId++] ?? 'section', text: draft.text };
    }
    const { inlines, unclosed } = quoteInlines(draft.text, carried);
    carried = unclosed;
    return { type: 'paragraph', inlines };
  });
}
