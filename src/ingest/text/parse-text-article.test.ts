import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSource } from '../decode-source';
import { blockText } from '../../article/article-text';
import { InputRejected } from '../input-rejected';
import { parseTextArticle } from './parse-text-article';

const seedPath = new URL('../../../content/000_2109c60526df57ad.txt', import.meta.url);

describe('parseTextArticle on the seed', () => {
  const parsed = parseTextArticle(decodeSource(readFileSync(seedPath)));

  it('reads the date and derives the title from the lead', () => {
    expect(parsed.date).toBe('2020-10-21');
    expect(parsed.titleSource).toBe('lead');
    expect(parsed.title).toBe('NATO Secretary-General Jens Stoltenberg said that the allies will stand together');
    expect(parsed.title.length).toBeLessThanOrEqual(110);
  });

  it('has 6 paragraphs and the heading "Focus on training missions"', () => {
    expect(parsed.blocks).toHaveLength(7);
    expect(parsed.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(parsed.blocks[3]).toEqual({ type: 'heading', id: 'focus-on-training-missions', text: 'Focus on training missions' });
  });

  // The text stage marks every quoted text a quotation; understand/quote-kinds.ts then tells terms and titles apart.
  it('finds exactly the 3 quotations, the first opened with " and closed with ”', () => {
    const quotes = parsed.blocks.flatMap((block) =>
      block.type === 'paragraph' ? block.inlines.filter((inline) => inline.type === 'quote') : [],
    );
    expect(quotes).toEqual([
      {
        type: 'quote',
        text: 'Regardless of differences we see on burden-sharing or trade, climate change, and all the issues, is that NATO allies always are able to stand united and stand together on the main tasks of NATO, that is to protect and defend each other,',
        speaker: null,
        open: '"',
        close: '”',
        continued: false,
        kind: 'quotation',
      },
      {
        type: 'quote',
        text: 'The Taliban must live up to their commitments, significantly reduce the levels of violence, and pave the way for a ceasefire. They must break all ties with Al-Qaeda and other international terrorist groups. And they must negotiate in good faith,',
        speaker: null,
        open: '“',
        close: '”',
        continued: false,
        kind: 'quotation',
      },
      {
        type: 'quote',
        text: 'such high price over the last two decades.',
        speaker: null,
        open: '“',
        close: '”',
        continued: false,
        kind: 'quotation',
      },
    ]);
  });

  it('keeps the text around the quotations and the apostrophes as text', () => {
    expect(parsed.blocks[2]).toEqual({
      type: 'paragraph',
      inlines: [
        {
          type: 'text',
          text: 'NATO Defence Ministers will meet to address key issues for the alliance, including strengthening our deterrence and defence, fairer burden-sharing, and their missions in Afghanistan and Iraq. The ministers are supposed to receive a report assessing vulnerabilities across the Alliance, like access to civilian infrastructure for NATO troops in crisis or conflict.',
        },
      ],
    });
    const last = parsed.blocks[6];
    expect(last?.type === 'paragraph' && last.inlines.map((inline) => inline.type)).toEqual(['text', 'quote', 'text']);
    expect(last?.type === 'paragraph' && last.inlines[2]?.text).toBe(
      ' He said that NATO remains committed to Afghanistan’s long-term security as allies and partners renewed their commitment to providing financial support to the Afghan forces through 2024.',
    );
  });

  it('removes nothing from the clean seed', () => {
    expect(parsed.removed).toEqual([]);
    expect(parsed.metadata).toEqual({});
  });
});

describe('parseTextArticle titles', () => {
  const body = 'The harbour tram will run again from Monday, the transit authority said.\n\nRepairs took four months.';

  it('takes a headline first line as the title', () => {
    const parsed = parseTextArticle(` date 2021-03-14 Harbour tram line to reopen after storm repairs\n\n${body}`);
    expect(parsed).toMatchObject({ title: 'Harbour tram line to reopen after storm repairs', titleSource: 'headline' });
    expect(parsed.blocks).toHaveLength(2);
  });

  it('uses a given title, and drops a first line repeating it', () => {
    const parsed = parseTextArticle(` date 2021-03-14\nHarbour tram line to reopen\n\n${body}`, { title: 'Harbour tram line to reopen' });
    expect(parsed).toMatchObject({ title: 'Harbour tram line to reopen', titleSource: 'input' });
    expect(parsed.blocks).toHaveLength(2);
    expect(parsed.removed).toEqual([{ text: 'Harbour tram line to reopen', reason: 'title repeated', at: 0 }]);
  });

  it('derives a title from a short lead without its full stop', () => {
    const parsed = parseTextArticle(` date 2021-03-14 ${body}`);
    expect(parsed).toMatchObject({ title: 'The harbour tram will run again from Monday, the transit authority said', titleSource: 'lead' });
  });

  it('takes no section dateline, source or image caption above the body for the headline', () => {
    const page = [
      ' date 2017-09-23',
      'General News of Saturday, 23 September 2017',
      'Source: harbournews.example',
      'Regional Minister, Tomas Berg <a href="//ads.example/rc?cs=1"> <br /> <img src="https://example.org/berg.jpg" alt="" /></a>',
      body,
    ].join('\n\n');
    const parsed = parseTextArticle(page);
    expect(parsed).toMatchObject({ title: 'The harbour tram will run again from Monday, the transit authority said', titleSource: 'lead' });
    expect(parsed.blocks).toHaveLength(2);
    expect(parsed.metadata).toEqual({
      timestamps: ['General News of Saturday, 23 September 2017'],
      credits: ['Source: harbournews.example'],
      captions: ['Regional Minister, Tomas Berg'],
    });
    expect(parsed.removed.find((removed) => removed.reason === 'photo caption')?.text).toContain('<img src="https://example.org/berg.jpg"');
  });

  it('drops a headline repeated as the next paragraph', () => {
    const parsed = parseTextArticle(` date 2021-03-14 Harbour tram line to reopen\n\nHarbour tram line to reopen.\n\n${body}`);
    expect(parsed.blocks).toHaveLength(2);
    expect(parsed.removed).toEqual([{ text: 'Harbour tram line to reopen.', reason: 'headline repeated', at: 0 }]);
  });
});

describe('parseTextArticle bad input', () => {
  it.each([
    ['Harbour tram line to reopen', /^no " date YYYY-MM-DD" prefix/],
    [' date 2021-02-30 Harbour tram', /^impossible date 2021-02-30/],
    [' date 2021-02-03 \n\n  \n', /^no article text after the date$/],
    [' date 2021-02-03\n<div class="x"></div>\n', /^no article text after the date: every line/],
  ])('rejects %j', (text, reason) => {
    expect(() => parseTextArticle(text)).toThrow(InputRejected);
    try {
      parseTextArticle(text);
    } catch (error) {
      expect((error as InputRejected).reason).toMatch(reason);
    }
  });
});

describe('parseTextArticle on a scraped page', () => {
  const page = [
    ' date 2021-03-14 We use cookies to improve your experience. Accept',
    'Home » News » Transport',
    '',
    'Harbour tram line to reopen after storm repairs',
    '',
    'By Mara Ellingsen, Transport Reporter',
    'Published: 10:45 GMT, 14 March 2021',
    'Share this:',
    'Click to share on Twitter (Opens in new window)',
    '',
    'A tram crosses the harbour bridge on Friday. (Photo by Kari Nes / Harbour Images)',
    '',
    'PORT ADLEY, March 14 (Reuters) - The harbour tram will run again from Monday,',
    'the transit authorityrsquo;s chief executive said, four months after a storm',
    'washed away part of the line.',
    '',
    'quot;We will be back on the rails by Monday,quot; said Ines Varga. ldquo;The',
    'crews have worked through the winter.',
    '',
    'It is not a question of money.rdquo;',
    '',
    'Advertisement',
    '',
    'What happens next',
    '',
    'Repairs cost #39;far more#39; than planned, and the council said the',
    '',
    'Loading...',
    '',
    "bill would be shared with the region. \"Nobody expected a storm like that'' said",
    'one driver. Fares stay the same, officials said.”',
    '',
    'Related posts:',
    'Depot plan approved',
    'Tags: trams, Port Adley',
    '© 2021 Harbour Times. All rights reserved.',
    '',
  ].join('\n');
  const parsed = parseTextArticle(page);

  it('finds the headline under the junk', () => {
    expect(parsed).toMatchObject({ date: '2021-03-14', title: 'Harbour tram line to reopen after storm repairs', titleSource: 'headline' });
  });

  it('keeps the body, rejoined, with entities repaired and quotations found', () => {
    const written = parsed.blocks.map((block) =>
      block.type === 'heading'
        ? `## ${block.text}`
        : block.inlines
            .map((inline) =>
              inline.type === 'quote' ? `[${inline.continued ? '+' : ''}${inline.open}|${inline.text}|${inline.close}]` : inline.text,
            )
            .join(''),
    );
    expect(written).toEqual([
      'The harbour tram will run again from Monday, the transit authority’s chief executive said, four months after a storm washed away part of the line.',
      '["|We will be back on the rails by Monday,|"] said Ines Varga. [“|The crews have worked through the winter.|]',
      '[+|It is not a question of money.|”]',
      '## What happens next',
      "Repairs cost ['|far more|'] than planned, and the council said the bill would be shared with the region. [\"|Nobody expected a storm like that|''] said one driver. Fares stay the same, officials said.”",
    ]);
  });

  it('keeps the byline, timestamp, caption and credit as metadata', () => {
    expect(parsed.metadata).toEqual({
      byline: 'By Mara Ellingsen, Transport Reporter',
      timestamps: ['Published: 10:45 GMT, 14 March 2021'],
      captions: ['A tram crosses the harbour bridge on Friday. (Photo by Kari Nes / Harbour Images)'],
      credits: ['PORT ADLEY, March 14 (Reuters) -'],
    });
  });

  it('takes the junk out with its reasons and places', () => {
    expect(parsed.removed.map((each) => [each.at, each.offset ?? null, each.reason])).toEqual([
      [-1, null, 'cookie notice'],
      [-1, null, 'breadcrumbs'],
      [0, null, 'byline'],
      [0, null, 'timestamp'],
      [0, null, 'share buttons'],
      [0, null, 'share buttons'],
      [0, null, 'photo caption'],
      [0, 0, 'agency credit'],
      [3, null, 'advertisement'],
      [4, 63, 'loading indicator'],
      [5, null, 'related links'],
      [5, null, 'related links'],
      [5, null, 'tag list'],
      [5, null, 'site footer'],
    ]);
    const loading = parsed.removed.find((each) => each.reason === 'loading indicator');
    expect(loading?.text).toBe('Loading... ');
    const split = parsed.blocks[4];
    expect(split?.type === 'paragraph' && blockText(split).slice(0, loading?.offset)).toBe(
      "Repairs cost 'far more' than planned, and the council said the ",
    );
  });
});
