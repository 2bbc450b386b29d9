import { describe, expect, it } from 'vitest';
import type { Block } from '@/article/article-schema';
import { sectionsOf } from './article-sections';

const paragraph = (text: string): Block => ({ type: 'paragraph', inlines: [{ type: 'text', text }] });
const heading = (id: string): Block => ({ type: 'heading', id, text: id });

describe('sectionsOf', () => {
  it('splits the blocks into the lead and one section per heading, in order', () => {
    const blocks = [paragraph('a'), paragraph('b'), heading('one'), paragraph('c'), heading('two'), heading('three'), paragraph('d')];
    const { lead, sections } = sectionsOf(blocks);
    expect(lead).toEqual([blocks[0], blocks[1]]);
    expect(sections.map((section) => [section.heading.id, section.blocks.length])).toEqual([
      ['one', 1],
      ['two', 0],
      ['three', 1],
    ]);
  });

  it('has no sections for an article without headings', () => {
    const blocks = [paragraph('a')];
    expect(sectionsOf(blocks)).toEqual({ lead: blocks, sections: [] });
  });
});
