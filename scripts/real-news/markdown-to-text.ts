/**
 * A Jekyll or Hugo post (YAML front matter + Markdown) -> the blocks of text its page shows.
 *
 * The page's own headline, standfirst (deck/excerpt) and byline come from the front matter; the body keeps its
 * headings, list items and image captions as lines of their own, as a scrape of the page would. Template tags
 * ({% ... %}, {{< ... >}}) draw images or includes whose text is not in the source and are dropped.
 */
import { decodeHTML } from 'entities';
import { parse } from 'yaml';

export type FrontMatter = Record<string, unknown>;

/** Splits `---\nyaml\n---\nbody`; a file without front matter has an empty one. */
export function splitFrontMatter(source: string): { meta: FrontMatter; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { meta: {}, body: source };
  // Hand-written front matter repeats keys now and then; the page shows the last one, as YAML's lenient mode keeps.
  const meta: unknown = parse(match[1] ?? '', { uniqueKeys: false });
  return { meta: meta && typeof meta === 'object' ? (meta as FrontMatter) : {}, body: match[2] ?? '' };
}

/** Inline Markdown and HTML -> plain text (link labels kept, emphasis marks and tags dropped, entities decoded). */
export function inlineMarkdown(text: string): string {
  const plain = text
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{<[\s\S]*?>\}\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '')
    .replace(/\[((?:[^[\]]|\[[^\]]*\])*)\]\([^)]*\)(\{:[^}]*\})?/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](\S[^*_]*?\S|\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\{:[^}]*\}/g, '')
    .replace(/\s*\{#[\w-]+\}\s*$/, '');
  return decodeHTML(plain)
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

/** What a block of the page is, by the post's own markup: read by the heading model's training (scripts/headings). */
export type BlockKind = 'heading' | 'item' | 'quote' | 'bold' | 'paragraph';

/** The body's blocks: paragraphs (joined across hard wraps), headings, list items, quotes, captions. */
export function markdownBlocks(body: string): string[] {
  return markdownBlocksWithKinds(body).map((block) => block.text);
}

/**
 * The body's blocks with their kind: a `#` line or an HTML `<h2>` is a heading, a paragraph that is all bold (`**...**`) is `bold` (a
 * heading or not: a subtitle, a boilerplate line, a question of an interview).
 */
export function markdownBlocksWithKinds(body: string): Array<{ text: string; kind: BlockKind }> {
  const blocks: Array<{ text: string; kind: BlockKind }> = [];
  let paragraph: string[] = [];
  let kind: BlockKind = 'paragraph';
  let fenced = false;
  const flush = (): void => {
    const raw = paragraph.join(' ');
    const text = inlineMarkdown(raw);
    const bold = kind === 'paragraph' && /^\s*(?:(\*\*|__)[^*_]+\1|<(strong|b)>[^<]+<\/\2>)\s*:?\s*$/i.test(raw);
    const htmlHeading = kind === 'paragraph' && /^\s*<h[1-6][^>]*>[\s\S]*<\/h[1-6]>\s*$/i.test(raw);
    if (text) blocks.push({ text, kind: htmlHeading ? 'heading' : bold ? 'bold' : kind });
    paragraph = [];
    kind = 'paragraph';
  };
  for (const raw of body.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(raw)) {
      flush();
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const line = raw.trimEnd();
    // Reference-style link targets ("[1]: /manage/") are not drawn on the page.
    if (/^\s*\[[^\]]+\]:\s*\S+(\s+"[^"]*")?\s*$/.test(line)) {
      flush();
      continue;
    }
    if (!line.trim() || /^\s*(<\/?(div|section|figure|table|tbody|thead|tr)[^>]*>|\|?\s*:?-{3,})/.test(line)) {
      flush();
      continue;
    }
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const item = /^\s*(?:[*+-]|\d+[.)])\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (heading || item) {
      flush();
      paragraph.push((heading ?? item)?.[1] ?? '');
      kind = heading ? 'heading' : 'item';
      flush();
    } else if (quote) {
      if (paragraph.length === 0) kind = 'quote';
      paragraph.push(quote[1] ?? '');
    } else paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

/** A front-matter field as text (strings as they are, lists joined), or ''. */
export function field(meta: FrontMatter, ...names: string[]): string {
  for (const name of names) {
    const value = meta[name];
    if (typeof value === 'string' && value.trim()) return inlineMarkdown(value);
    if (Array.isArray(value) && value.length) return value.map(String).join(', ');
  }
  return '';
}
