import type { Block } from '../../article/article-schema';
import { InputRejected } from '../input-rejected';
import type { ParsedArticle } from '../parsed-article';

// FIRST CUT, to be replaced by the full text stage: date prefix and paragraphs only.
export function parseTextArticle(text: string, options: { title?: string | undefined } = {}): ParsedArticle {
  const match = /^\s*date (\d{4}-\d{2}-\d{2})\b/.exec(text);
  if (!match?.[1]) throw new InputRejected('no " date YYYY-MM-DD" prefix at the start');
  const body = text.slice(match[0].length);
  const blocks: Block[] = body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => ({ type: 'paragraph', inlines: [{ type: 'text', text: paragraph }] }));
  const lead = blocks[0]?.type === 'paragraph' ? (blocks[0].inlines[0]?.text ?? '') : '';
  return { date: match[1], title: options.title ?? lead.slice(0, 100), titleSource: options.title ? "input" : "lead", blocks, removed: [], metadata: {} };
}
