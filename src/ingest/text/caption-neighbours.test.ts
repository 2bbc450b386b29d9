import { describe, expect, it } from 'vitest';
import { captionNeighbours } from './caption-neighbours';
import { blockText } from '../../article/article-text';
import { parseTextArticle } from './parse-text-article';

const LEAD = 'The two councils agreed on Monday to build a tram line between the towns, the first such project in the valley.';
const CREDIT = 'Photo: Kari Nes/Valley Times';

function captionsOf(lines: string[]): number[] {
  return captionNeighbours(
    lines.map((text) => ({ text, cuts: [] })),
    lines.map((text) => text === CREDIT),
  );
}

describe('captionNeighbours', () => {
  it('takes a short stand-alone sentence directly above or below a photo credit', () => {
    expect(captionsOf(['Border towns plan tram', '', LEAD, '', 'Workers lay the first rails at Tarrow depot.', CREDIT, '', LEAD])).toEqual([
      4,
    ]);
    expect(captionsOf(['Border towns plan tram', '', LEAD, '', CREDIT, 'Workers lay the first rails at Tarrow depot.', '', LEAD])).toEqual([
      5,
    ]);
  });

  it('takes a caption printed twice directly above a photo credit, both copies', () => {
    const caption = 'The mayor briefs the media at Tarrow depot on Monday.';
    expect(captionsOf(['Border towns plan tram', '', LEAD, '', caption, caption, CREDIT, '', LEAD])).toEqual([4, 5]);
    // Not a paragraph's last line repeated by a wrapped paragraph above it, nor the standfirst printed twice right under
    // the headline, over the lead photo's credit.
    expect(captionsOf(['Border towns plan tram', '', LEAD, caption, caption, CREDIT, '', LEAD])).toEqual([]);
    expect(captionsOf(['Border towns plan tram', '', caption, caption, CREDIT, '', LEAD])).toEqual([]);
  });

  it('keeps the headline, headings, wrapped lines and lines set apart by a blank line', () => {
    expect(captionsOf(['Border towns plan tram.', CREDIT, '', LEAD])).toEqual([]);
    expect(captionsOf(['Border towns plan tram', '', LEAD, '', 'Next steps', CREDIT, '', LEAD])).toEqual([]);
    expect(captionsOf(['Border towns plan tram', '', LEAD, 'He declined to comment.', CREDIT])).toEqual([]);
    expect(captionsOf(['Border towns plan tram', '', 'Workers lay the first rails at Tarrow depot.', '', CREDIT, '', LEAD])).toEqual([]);
  });
});

describe('an agency’s picture block', () => {
  const CAPTION = 'FILE - Migrants wade across the Tarrow river after crossing the border near Kelsford, in October of 2023.';
  const page = (above: string) =>
    ` date 2024-02-02\nDeportation flights resume\n\n${LEAD}\n\n${above}\nArnulfo Francoli\n${CAPTION}\n\nWork starts in May.\n`;

  it('takes the photographer’s bare name above the caption, and the picture’s description above it, for captions', () => {
    const parsed = parseTextArticle(page('People wade across a river.'));
    expect(parsed.blocks.map((block) => blockText(block))).toEqual([LEAD, 'Work starts in May.']);
    expect(parsed.removed.map((line) => line.text)).toEqual(
      expect.arrayContaining(['People wade across a river.', 'Arnulfo Francoli', CAPTION]),
    );
  });

  it('keeps a line of the story above the name that is no caption’s shape', () => {
    const parsed = parseTextArticle(page('The flights resumed after a pause of several months and officials said more would follow'));
    expect(parsed.blocks.map((block) => blockText(block)).join(' ')).toContain('The flights resumed after a pause');
  });
});

describe('captions in an article', () => {
  it('keeps the caption and its credit as metadata, and the text round the photo as body', () => {
    const parsed = parseTextArticle(
      ` date 2021-03-14\nBorder towns plan shared tram\n\n${LEAD}\n\nWorkers lay the first rails at Tarrow depot.\n${CREDIT}\n\nWork starts in May.\n`,
    );
    expect(parsed.metadata).toEqual({ captions: ['Workers lay the first rails at Tarrow depot.'], credits: [CREDIT] });
    expect(parsed.blocks).toHaveLength(2);
  });
});
