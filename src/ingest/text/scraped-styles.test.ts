import { describe, expect, it } from 'vitest';
import { blockText } from '../../article/article-text';
import { parseTextArticle } from './parse-text-article';

/**
 * Whole pages in the shapes different kinds of news site leave behind when scraped (fictional
 * subjects): a wire story on a portal, a local paper with a blog theme, a public broadcaster's page.
 * Each must come out with its headline, every sentence of body text, and none of the junk in the body.
 */
type Page = { name: string; text: string; title: string; headings: string[]; junk: string[]; body: string[] };

const pages: Page[] = [
  {
    name: 'wire story on a news portal',
    text: [
      ' date 2022-02-09',
      'Business | Markets | Economy',
      'Kestrel Steel to cut 400 jobs at Tamsel plant',
      'PTI | Updated: Feb 09, 2022 18:22 IST',
      'Representative image',
      'Tamsel, Feb 9 (PTI) Kestrel Steel will cut 400 jobs at its Tamsel plant by the end of the year, the company said on Wednesday, blaming weak demand.',
      'The company said it would offer voluntary retirement first.',
      '&quot;This is a painful decision,&quot; managing director Anil Varghese said.',
      'ALSO READ',
      'Tamsel steel output falls for third month',
      'Unions said they would meet on Friday to decide their response.',
      '(This story has not been edited by Portal staff and is auto-generated from a syndicated feed.)',
      'Catch all the Business News and Updates on Portal.',
      'Download The Portal News App to get Daily Market Updates.',
    ].join('\n'),
    title: 'Kestrel Steel to cut 400 jobs at Tamsel plant',
    headings: [],
    junk: [
      'Business | Markets | Economy',
      'PTI | Updated',
      'Representative image',
      'Tamsel, Feb 9 (PTI)',
      'ALSO READ',
      'Tamsel steel output falls',
      'syndicated feed',
      'Catch all the',
      'Download The Portal',
    ],
    body: [
      'Kestrel Steel will cut 400 jobs',
      'voluntary retirement first.',
      'This is a painful decision,',
      'Unions said they would meet on Friday',
    ],
  },
  {
    name: 'local paper on a blog theme',
    text: [
      ' date 2019-05-17 Skip to content',
      'Menu',
      'Harbour ferry fares frozen for another year – Port Adley Courier',
      'Harbour ferry fares frozen for another year',
      'Posted by Admin on May 17, 2019 at 9:05 am',
      '',
      'Ferry fares between Port Adley and the islands will stay at 3.50 pounds for another year, the harbour board said on Thursday.',
      '',
      'Advertisement',
      '',
      'Board chair Ines Varga said the freeze would be paid for from the board’s reserves.',
      '',
      '‘We know people are struggling,’ she said. ‘A fare rise now would hit',
      '',
      'the islanders hardest.’',
      '',
      'What happens next',
      '',
      'The board will review fares again in April.',
      '',
      'Share this:',
      'Tweet',
      'Share on Facebook',
      'Like this:',
      'Like Loading...',
      'Related',
      'Island school to stay open',
      'Categories: Local news',
      'Leave a comment',
      'Powered by WordPress',
    ].join('\n'),
    title: 'Harbour ferry fares frozen for another year',
    headings: ['What happens next'],
    junk: [
      'Skip to content',
      'Menu',
      'Port Adley Courier',
      'Posted by Admin',
      'Advertisement',
      'Share this:',
      'Tweet',
      'Share on Facebook',
      'Like this:',
      'Like Loading...',
      'Island school to stay open',
      'Categories:',
      'Leave a comment',
      'Powered by WordPress',
    ],
    body: [
      'Ferry fares between Port Adley',
      'paid for from the board’s reserves.',
      'We know people are struggling,',
      'A fare rise now would hit the islanders hardest.',
      'The board will review fares again in April.',
    ],
  },
  {
    name: 'public broadcaster page',
    text: [
      ' date 2023-11-02 Storm Idris brings 90mph gusts to the north coast',
      '',
      '2 November 2023',
      '',
      'Image source, Coastguard Agency',
      'Image caption, Waves break over the harbour wall at Skelby on Thursday morning',
      '',
      'Gusts of up to 90mph have hit the north coast as Storm Idris moved in overnight, bringing down trees and cutting power to thousands of homes.',
      '',
      'The weather service issued an amber warning for wind until 18:00 GMT.',
      '',
      'Listen to this article',
      '',
      'Power cuts',
      '',
      'About 12,000 homes were without power on Thursday morning, the network operator said.',
      '',
      '"Crews are out and will work through the night,” a spokeswoman said.',
      '',
      'Related Topics',
      'Weather',
      'Skelby',
    ].join('\n'),
    title: 'Storm Idris brings 90mph gusts to the north coast',
    headings: ['Power cuts'],
    junk: ['2 November 2023', 'Image source', 'Image caption', 'Listen to this article', 'Related Topics', 'Weather', 'Skelby'],
    body: [
      'Gusts of up to 90mph',
      'amber warning for wind until 18:00 GMT.',
      'About 12,000 homes',
      'Crews are out and will work through the night,',
    ],
  },
  {
    name: 'reader-funded site carrying a wire story',
    text: [
      ' date 2023-06-09',
      'Readers like you keep news free for everyone.',
      '',
      'More than 5,000 readers have already pitched in to keep free access to The Harbour Journal.',
      '',
      'For the price of one cup of coffee each week you can help keep paywalls away.',
      '',
      'Support us today',
      'Not now',
      'Friday 9 June 2023 Port Adley: 15°C',
      'Mara Quill/ File photo of Tomas Hale',
      'Harbour minister wins fourth term',
      'The Hague (AFP) –',
      '',
      'Harbour minister Tomas Hale won a fourth term on Thursday, the results showed.',
      '',
      "- 'Another ten years' -",
      '',
      'His party took 34 seats, two more than at the last vote.',
      '',
      '"I have the energy for another ten years," Hale said.',
      '',
      'HJ Newsroom',
    ].join('\n'),
    title: 'Harbour minister wins fourth term',
    headings: ["- 'Another ten years' -"],
    junk: [
      'More than 5,000 readers',
      'For the price of one cup of coffee',
      'Support us today',
      'Not now',
      'Port Adley: 15°C',
      'Mara Quill/ File photo',
      'The Hague (AFP) –',
      'HJ Newsroom',
    ],
    body: ['won a fourth term on Thursday', 'His party took 34 seats', 'I have the energy for another ten years,'],
  },
  {
    name: 'regional paper with a related list after the story',
    text: [
      ' date 2011-07-05',
      'Jobs centres to open in every district',
      'Daniel Mensah, Lagos',
      'Posted at Jul 05 2011 12:18 PM | Updated as of Jul 05 2011 08:18 PM',
      '(L-R) Ama Osei and Yaw Boateng at the launch in Tamsel',
      'Jobs centres will open in every district by the end of the year, the youth minister said on Tuesday.',
      'Figure One: The bar graph above shows the number of jobless young people in each district for the first quarter of 2011 (January 1 to March 31).',
      'The first centres will open in Tamsel and Kelsford.',
      'Trending News',
      'Minority claims budget proves the old government left a strong economy',
      '00:57Parliament names leaders for key committees',
      '02:58Vice President donates food to communities in Central Region',
    ].join('\n'),
    title: 'Jobs centres to open in every district',
    headings: [],
    junk: [
      'Daniel Mensah, Lagos',
      'Posted at Jul 05 2011',
      '(L-R) Ama Osei',
      'Figure One:',
      'Trending News',
      'Minority claims budget',
      '00:57Parliament',
      '02:58Vice President',
    ],
    body: ['Jobs centres will open in every district', 'The first centres will open in Tamsel'],
  },
  {
    name: 'English-language paper abroad, its masthead and trail above the headline',
    text: [
      ' date 2019-05-15',
      "PORT ADLEY'S LEADING ENGLISH LANGUAGE NEWSPAPER",
      'HomePictures of the WeekRain returns to Port Adley',
      'Rain returns to Port Adley',
      "admin's picture",
      'Harbour Times Senior Reporter',
      'Heavy showers returned to Port Adley on Wednesday as the rainy season began, the weather service said.',
      'KELSFORD:',
      'The showers are expected to last into the night, forecasters said.',
      '(Mara Quill / The Harbour Times)',
      'Roads near the harbour were closed for two hours.',
      'Weekly Recap',
      'Port Adley Travel Insurance',
      'Port Adley Coffee Makers',
    ].join('\n'),
    title: 'Rain returns to Port Adley',
    headings: [],
    junk: [
      'LEADING ENGLISH LANGUAGE NEWSPAPER',
      'HomePictures of the Week',
      "admin's picture",
      'Harbour Times Senior Reporter',
      'KELSFORD:',
      '(Mara Quill / The Harbour Times)',
      'Weekly Recap',
      'Port Adley Travel Insurance',
    ],
    body: ['Heavy showers returned to Port Adley', 'The showers are expected to last', 'Roads near the harbour were closed'],
  },
  {
    name: 'wire story with its dateline and agency on a line of their own',
    text: [
      ' date 2024-01-05',
      'Selectors name uncapped bowler for World Cup',
      'BRIDGETOWN, Barbados (CMC):',
      'Lead selector Tomas Hale and head coach Mara Quill said they were excited by the squad named on Friday.',
      'The squad will gather in Kelsford next month.',
    ].join('\n'),
    title: 'Selectors name uncapped bowler for World Cup',
    headings: [],
    junk: ['BRIDGETOWN, Barbados (CMC):'],
    body: ['Lead selector Tomas Hale', 'The squad will gather in Kelsford'],
  },
];

describe.each(pages)('a scraped $name', ({ text, title, headings, junk, body }) => {
  const parsed = parseTextArticle(text);
  const shown = parsed.blocks.map(blockText);
  const removed = parsed.removed.map((each) => each.text);

  it('has its headline as the title', () => {
    expect(parsed.title).toBe(title);
    expect(parsed.titleSource).toBe('headline');
  });

  it('finds its headings and no others', () => {
    expect(parsed.blocks.flatMap((block) => (block.type === 'heading' ? [block.text] : []))).toEqual(headings);
  });

  it.each(junk)('takes %j out of the body and keeps it in removed', (line) => {
    expect(shown.filter((block) => block.includes(line))).toEqual([]);
    expect(removed.some((each) => each.includes(line))).toBe(true);
  });

  it.each(body)('keeps %j in the body', (sentence) => {
    expect(shown.some((block) => block.includes(sentence))).toBe(true);
  });
});
