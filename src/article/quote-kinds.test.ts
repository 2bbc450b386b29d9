import { describe, expect, it } from 'vitest';
import { article } from './article-schema';
import { quotationsOf } from './quotations';

const written = (inlines: unknown[]): unknown => ({
  id: 'kinds',
  date: '2024-05-01',
  title: 'Kinds',
  source: 'kinds.txt',
  blocks: [{ type: 'paragraph', inlines }],
  topics: [],
});

describe('quote kinds in the article format', () => {
  it('still reads article JSON written before kinds: a quote without kind is a quotation', () => {
    const parsed = article.parse(
      written([{ type: 'quote', text: 'We are ready', speaker: 'Ana Ruiz', open: '“', close: '”', continued: false }]),
    );
    const [quotation] = quotationsOf(parsed.blocks);
    expect(quotation?.speaker).toBe('Ana Ruiz');
  });

  it('counts only quotations, never a term or scare quote in marks', () => {
    const parsed = article.parse(
      written([
        { type: 'text', text: 'The so-called ' },
        { type: 'quote', text: 'smart', speaker: null, open: '“', close: '”', kind: 'scare' },
        { type: 'text', text: ' junctions work, ' },
        { type: 'quote', text: 'they said', speaker: 'the ministry', speakerKind: 'description', open: '“', close: '”', kind: 'quotation' },
      ]),
    );
    expect(quotationsOf(parsed.blocks).map((q) => [q.n, q.speaker])).toEqual([[1, 'the ministry']]);
  });

  it('rejects a kind it does not know, naming the field', () => {
    const result = article.safeParse(written([{ type: 'quote', text: 'x', speaker: null, open: '"', close: '"', kind: 'joke' }]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('blocks.0.inlines.0.kind');
  });
});
