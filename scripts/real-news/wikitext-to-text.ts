/**
 * Wikinews wikitext -> the text a reader sees on the page, one paragraph per block.
 *
 * Only what the rendered page shows is kept: link labels, the dateline ({{date|...}} renders as "Weekday, Month D,
 * YYYY"), image captions (a caption is page furniture and stays as its own line, as a scrape would keep it) and
 * section headings. Templates that draw boxes (infoboxes, "have your say", archive notices) are dropped, since their
 * rendered text is not in the wikitext.
 */
import { decodeHTML } from 'entities';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "November 13, 2004" -> "2004-11-13", or null. */
export function isoDate(text: string): string | null {
  const parsed = Date.parse(`${text.trim()} UTC`);
  if (Number.isNaN(parsed)) return null;
  return new Date(parsed).toISOString().slice(0, 10);
}

/** "2004-11-13" -> "Saturday, November 13, 2004", as Wikinews renders {{date|...}}. */
export function datelineOf(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`);
  const month = day.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `${weekdays[day.getUTCDay()]}, ${month} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
}

/** Inline markup -> plain text: links keep their label, bold and italics lose their quotes, refs go. */
export function inlineText(wikitext: string): string {
  const text = wikitext
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<ref[^>]*\/>/g, '')
    .replace(/<ref[^>]*>[\s\S]*?<\/ref>/g, '')
    .replace(/\{\{w\|([^|}]*)\|([^}]*)\}\}/g, '$2')
    .replace(/\{\{w\|([^}]*)\}\}/g, '$1')
    .replace(/\[\[(?:w:|wikipedia:)?([^|\]]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/\[\[(?:w:|wikipedia:)?([^\]]*)\]\]/g, '$1')
    .replace(/\[(https?:\/\/[^\s\]]+) ([^\]]+)\]/g, '$2')
    .replace(/\[(https?:\/\/[^\s\]]+)\]/g, '$1')
    .replace(/'''''|'''|''/g, '')
    .replace(/\{\{[^{}]*\}\}/g, '')
    .replace(/\{[a-z]+\}\}/gi, '')
    .replace(/&nbsp;/g, ' ');
  return decodeHTML(text)
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** The caption of [[File:x.jpg|thumb|left|Caption]], or null when the line holds no image. */
function captionOf(line: string): string | null {
  const image = /^\s*\[\[(?:File|Image):([^\]]*(?:\[\[[^\]]*\]\][^\]]*)*)\]\]\s*(.*)$/i.exec(line);
  if (!image) return null;
  const parts = (image[1] ?? '').split('|');
  const caption = parts.length > 1 ? inlineText(parts[parts.length - 1] ?? '') : '';
  return [caption, inlineText(image[2] ?? '')].filter(Boolean).join('\n\n');
}

/** `headings`: the blocks that are the page's own section headings (`== ... ==`). */
export type WikinewsArticle = { title: string; date: string; blocks: string[]; headings: string[] };

/**
 * The page as blocks of text: headline, dateline, then each paragraph, heading and caption in order.
 * `date` is the article's date (from {{date|...}} or the caller); the text stops at the Sources section.
 */
export function wikinewsBlocks(title: string, date: string, paragraphs: string[]): WikinewsArticle {
  const blocks: string[] = [title, datelineOf(date)];
  const headings: string[] = [];
  for (const paragraph of paragraphs) {
    for (const line of paragraph.split('\n')) {
      if (/^\s*==+\s*(Sources?|External links|Related news)\s*==+\s*$/i.test(line)) return { title, date, blocks, headings };
      const heading = /^\s*==+\s*(.*?)\s*==+\s*$/.exec(line);
      if (heading) {
        const headingText = inlineText(heading[1] ?? '');
        blocks.push(headingText);
        headings.push(headingText);
        continue;
      }
      if (/^\s*\{\{date\|[^}]*\}\}\s*$/i.test(line)) continue;
      const caption = captionOf(line);
      if (caption !== null) {
        if (caption) blocks.push(...caption.split('\n\n'));
        continue;
      }
      const text = inlineText(line.replace(/^\s*[*#:]+\s*/, ''));
      if (text) blocks.push(text);
    }
  }
  return { title, date, blocks, headings };
}
