import type { Block, Inline } from '../../article/article-schema';

/**
 * Blocks in the article format from plain text, for tests: blank lines part paragraphs, a line
 * starting with "# " is a heading, “...” and "..." become quote inlines, and a paragraph whose
 * quotation has no closing mark runs on into the next one (`continued` on the next part).
 */
export function blocksOf(text: string): Block[] {
  let open = false;
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((part, index): Block => {
      const trimmed = part.trim();
      if (trimmed.startsWith('# ')) return { type: 'heading', id: `h-${index}`, text: trimmed.slice(2) };
      const inlines: Inline[] = [];
      const pattern = /([“"])([^”"]*)([”"]?)/gu;
      let cursor = 0;
      for (let match = pattern.exec(trimmed); match; match = pattern.exec(trimmed)) {
        if (match.index > cursor) inlines.push({ type: 'text', text: trimmed.slice(cursor, match.index) });
        const continued = open && inlines.length === 0;
        inlines.push({ type: 'quote', text: match[2] ?? '', speaker: null, open: match[1] ?? '', close: match[3] ?? '', continued });
        open = !match[3];
        cursor = match.index + match[0].length;
      }
      if (cursor < trimmed.length) inlines.push({ type: 'text', text: trimmed.slice(cursor) });
      return { type: 'paragraph', inlines };
    });
}

/** Each quotation's text and speaker, in order. */
export function speakersOf(blocks: readonly Block[]): [string, string | null][] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? block.inlines.flatMap((inline) => (inline.type === 'quote' ? [[inline.text, inline.speaker] as [string, string | null]] : []))
      : [],
  );
}
