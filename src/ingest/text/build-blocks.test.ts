import { describe, expect, it } from 'vitest';
import { buildBlocks } from './build-blocks';
import type { Draft } from './text-parts';

const draft = (text: string): Draft => ({ text, cuts: [], before: [], lineCount: 1 });

describe('buildBlocks', () => {
  it('makes headings with unique ids and paragraphs with quotations', () => {
    const blocks = buildBlocks([
      draft('The storm closed the harbour line for a week.'),
      draft('Reaction'),
      draft('“We will rebuild,” she said.'),
      draft('Reaction'),
      draft('The council agreed on Monday to pay for the repairs.'),
    ]);
    expect(blocks.map((block) => (block.type === 'heading' ? block.id : block.inlines.map((inline) => inline.type).join('+')))).toEqual([
      'text',
      'reaction',
      'quote+text',
      'reaction-2',
      'text',
    ]);
  });

  it('carries an open quotation into the next paragraph, but not past a heading', () => {
    const blocks = buildBlocks([
      draft('“We will rebuild the line.'),
      draft('“And we will do it this year,” she said.'),
      draft('“It will take time.'),
      draft('What happens next'),
      draft('“Nobody knows,” he said.'),
    ]);
    const continued = blocks.flatMap((block) =>
      block.type === 'paragraph' ? block.inlines.flatMap((inline) => (inline.type === 'quote' ? [inline.continued] : [])) : [],
    );
    expect(continued).toEqual([false, true, false, false]);
  });
});
