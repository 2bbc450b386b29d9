import { describe, expect, it } from 'vitest';
import { blockText } from '../../article/article-text';
import { parseTextArticle } from './parse-text-article';

const PAGE = [
  ' date 2024-04-14',
  'Harbour food festival returns for Easter',
  '',
  'Director of the Harbour Tourism Authority, Tomas Hale, said: “This event can lead the way to make Port Adley one of the top food destinations in the region. We thank the organisers.”',
  '',
  '‘This event can lead the way to make Port Adley one of the top food destinations in the region’',
  '',
  'The festival opens on Saturday at the cricket ground.',
  '',
  '“We expect ten thousand visitors this year,” the organiser said.',
  '',
  'Tickets are on sale at the gate.',
].join('\n');

describe('pull quotes', () => {
  const parsed = parseTextArticle(PAGE);
  const paragraphs = parsed.blocks.map((block) => blockText(block));

  it('takes out a paragraph in quote marks whose words another paragraph gives, and keeps it among the removed lines', () => {
    expect(paragraphs.some((text) => text.startsWith('‘This event'))).toBe(false);
    expect(paragraphs[0]).toContain('This event can lead the way');
    expect(parsed.removed.map((line) => [line.text, line.reason])).toContainEqual([
      '‘This event can lead the way to make Port Adley one of the top food destinations in the region’',
      'pull quote',
    ]);
  });

  it('takes out a pull quote signed with its speaker’s name after a dash, marks or not', () => {
    const signed = parseTextArticle(
      [
        ' date 2024-05-14',
        'Councillor appeals for holiday lets to help renters',
        '',
        'Cr Ann Fox said workers moving to the area could not find anywhere to live.',
        '',
        '"Landlords will be encouraged to offer two-year leases and to open up their holiday lets to workers."',
        '',
        'The council meets again in June.',
        '',
        'Landlords will be encouraged to offer two-year leases and to open up their holiday lets to workers.- Ann Fox',
        '',
        'The motion passed unanimously.',
      ].join('\n'),
    );
    const texts = signed.blocks.map((block) => blockText(block));
    expect(texts.some((text) => text.endsWith('- Ann Fox'))).toBe(false);
    expect(signed.removed.map((line) => line.reason)).toContain('pull quote');
    expect(texts).toContain('"Landlords will be encouraged to offer two-year leases and to open up their holiday lets to workers."');
  });

  it('keeps a list of winners or letters signed with names, whose words the lead gives', () => {
    const list = parseTextArticle(
      [
        ' date 2024-05-14',
        'Harbour press awards announced',
        '',
        'The award for outstanding contribution to community journalism in the northern region went to a Kelsford reporter.',
        '',
        'Outstanding contribution to community journalism in the northern region - Ann Fox',
        '',
        'Young journalist of the year - Kari Nes',
      ].join('\n'),
    );
    expect(list.blocks.map((block) => blockText(block))).toContain(
      'Outstanding contribution to community journalism in the northern region - Ann Fox',
    );
    expect(list.removed.map((line) => line.reason)).not.toContain('pull quote');
  });

  it('keeps a quotation set alone that the story tells again later', () => {
    const told = parseTextArticle(
      [
        ' date 2024-05-14',
        'Poet reads at memorial',
        '',
        'The poet laureate, Mara Ellingsen, read a new poem at the memorial on Sunday.',
        '',
        '“We carry them, we carry them, we carry them still”',
        '',
        'The line, repeated at the end of each verse, drew tears.',
        '',
        'Afterwards she said the refrain came to her on a train. “I kept hearing we carry them, we carry them, we carry them still, over and over,” she said.',
      ].join('\n'),
    );
    expect(told.blocks.map((block) => blockText(block))).toContain('“We carry them, we carry them, we carry them still”');
  });

  it('keeps a quotation standing alone whose words are nowhere else', () => {
    expect(paragraphs).toContain('“We expect ten thousand visitors this year,” the organiser said.');
    const alone = parseTextArticle(PAGE.replace('This event can lead the way to make', 'Our event will make'));
    expect(alone.blocks.map((block) => blockText(block))).toContain(
      '‘This event can lead the way to make Port Adley one of the top food destinations in the region’',
    );
  });
});
