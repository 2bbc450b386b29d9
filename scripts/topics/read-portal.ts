/**
 * Wikipedia Current events portal days, as the fordred/wikinews repository keeps them (one Markdown file a day,
 * docs/_posts/<date>-index.md): "#### <heading>" sections of nested bullets. A bullet that cites a source
 * ("[(Reuters)](https://...)") is a news item; the bullets above it without a citation name the story it belongs
 * to ("Gaza war" > "Israeli invasion of the Gaza Strip") and are read with it.
 */
export type PortalItem = { day: string; heading: string; text: string; links: string[] };

const CITATION = /\[\(([^\]]*)\)\]\((https?:[^)\s]+)\)/g;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))+(?:\s+"[^"]*")?\)/g;

/** Markdown to the words a reader sees: links keep their text, emphasis marks go. */
function plain(markdown: string): string {
  return markdown.replace(CITATION, ' ').replace(LINK, '$1').replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

export function readPortalDay(day: string, markdown: string): PortalItem[] {
  const items: PortalItem[] = [];
  let heading: string | null = null;
  const context: { depth: number; text: string }[] = [];
  for (const line of markdown.split('\n')) {
    const head = /^#{2,4}\s+(.*)$/.exec(line);
    if (head) {
      heading = (head[1] ?? '').trim().toLowerCase();
      context.length = 0;
      continue;
    }
    const bullet = /^(\s*)\*\s+(.*)$/.exec(line);
    if (!bullet || heading === null) continue;
    const depth = (bullet[1] ?? '').length;
    const body = bullet[2] ?? '';
    while (context.length > 0 && (context.at(-1)?.depth ?? 0) >= depth) context.pop();
    const links = [...body.matchAll(CITATION)].map((match) => match[2] ?? '');
    if (links.length === 0) {
      context.push({ depth, text: plain(body) });
      continue;
    }
    const text = [...context.map((each) => each.text), plain(body)].join('. ');
    items.push({ day, heading, text, links });
  }
  return items;
}
