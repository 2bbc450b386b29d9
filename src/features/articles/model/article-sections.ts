import type { Block, HeadingBlock } from '@/article/article-schema';

export type ArticleSection = { heading: HeadingBlock; blocks: Block[] };

/**
 * The article's blocks as its lead (everything before the first heading) and sections, each a
 * heading with the blocks up to the next one: rendered as <section>s, which is also what the
 * table of contents watches to know which section is being read.
 */
export function sectionsOf(blocks: readonly Block[]): { lead: Block[]; sections: ArticleSection[] } {
  const lead: Block[] = [];
  const sections: ArticleSection[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') sections.push({ heading: block, blocks: [] });
    else (sections.at(-1)?.blocks ?? lead).push(block);
  }
  return { lead, sections };
}
