import { describe, expect, it } from 'vitest';
import { withCutsRestored } from './cut-span';
import { cutInlineCredits } from './inline-credits';
import type { Draft } from './text-parts';

const draft = (text: string): Draft => ({ text, cuts: [], before: [], lineCount: 1 });

describe('cutInlineCredits', () => {
  it('cuts a dateline with its agency credit from the start of the story', () => {
    for (const [text, credit] of [
      ['NORTHFORD, Feb 11 (Reuters) - A hospital trust will open a clinic.', 'NORTHFORD, Feb 11 (Reuters) - '],
      ['CORRICK (AP) — The first large cargo ship sailed in.', 'CORRICK (AP) — '],
      ['Varunpur, Oct 20 (IANS) Around 85,000 workers will get a rise.', 'Varunpur, Oct 20 (IANS) '],
      ['PORT SALVEN, Oct 9 (Lakeside Wire) – More than 1,200 fighters handed in weapons.', 'PORT SALVEN, Oct 9 (Lakeside Wire) – '],
      ['(Reuters) - Shares fell on Monday.', '(Reuters) - '],
      ['Cape Town [South Africa], January 14 (ANI): The coach said the win mattered.', 'Cape Town [South Africa], January 14 (ANI): '],
      ['(The Harbour Square) – The suspect was arrested on Monday evening.', '(The Harbour Square) – '],
      ['(CNN) Authorities are scrambling to regain control of the city networks.', '(CNN) '],
      ['PORT SALVEN (Lakeside Wire) – The ferry sailed at dawn.', 'PORT SALVEN (Lakeside Wire) – '],
      ['Port Salven, March 3 (Lakeside Wire) – The ferry sailed at dawn.', 'Port Salven, March 3 (Lakeside Wire) – '],
    ]) {
      const [cut] = cutInlineCredits([draft(text as string)]);
      expect(cut?.cuts).toEqual([{ text: credit, reason: 'agency credit', keptAs: 'credit', offset: 0 }]);
      expect(withCutsRestored(cut!.text, cut!.cuts)).toBe(text);
    }
  });

  it('cuts a desk’s credit from the story’s first paragraph under the page’s name, section and headline twice', () => {
    const drafts = [
      'HARBOUR NEWS',
      'Entertainment',
      'Singer hopes to tour',
      'Singer hopes to tour',
      '(Web Desk) - A singer said he hopes to tour.',
    ];
    const cut = cutInlineCredits(drafts.map(draft)).at(-1);
    expect(cut?.text).toBe('A singer said he hopes to tour.');
    expect(cut?.cuts).toEqual([{ text: '(Web Desk) - ', reason: 'agency credit', keptAs: 'credit', offset: 0 }]);
  });

  it('leaves a name in brackets and a dash in the story’s later paragraphs alone: a result, a note, not a credit', () => {
    const lines = ['Harbour marathon', 'Results', 'Men', 'Tomas Hale (Norway) – 2:05:40', '(Laughs) – I never thought I would win.'];
    for (const cut of cutInlineCredits(lines.map(draft))) expect(cut.cuts).toEqual([]);
  });

  it('leaves a name with a country’s code in brackets, which is no agency', () => {
    // An athlete, her country and her medal; an unlisted agency's dateline names its place in capitals.
    expect(cutInlineCredits([draft('Mara Ellingsen-Roe (NOR) – gold')])[0]?.cuts).toEqual([]);
    expect(cutInlineCredits([draft('ELLINGSEN-ROE (NOR) – gold in the final')])[0]?.cuts).toEqual([]);
  });

  it('cuts an advert’s label left at the end of any paragraph', () => {
    const drafts = ['The road reopened on Wednesday. Advertisement', 'Crews will return next week.', 'Residents were told to wait.'];
    const [cut] = cutInlineCredits(drafts.map((text) => draft(text)));
    expect(cut?.text).toBe('The road reopened on Wednesday.');
    expect(cut?.cuts[0]).toMatchObject({ text: ' Advertisement', reason: 'advertisement' });
    // A word of the sentence is no label.
    expect(cutInlineCredits([draft('They paid for the advertisement.')])[0]?.cuts).toEqual([]);
  });

  it('cuts a byline run on to a line near the top, keeping it as the byline', () => {
    const [cut] = cutInlineCredits([
      draft('It will be eight weeks before Vale is sentenced.By Anna Marsh'),
      draft('The jury sat for ten hours.'),
    ]);
    expect(cut?.text).toBe('It will be eight weeks before Vale is sentenced.');
    expect(cut?.cuts[0]).toMatchObject({ text: 'By Anna Marsh', reason: 'byline', keptAs: 'byline' });
    // With a space it may be the sentence's own words.
    expect(cutInlineCredits([draft('The plan was approved. By Anna Marsh')])[0]?.cuts).toEqual([]);
  });

  it('cuts a South African agency’s credit and an Arabic site’s advert label closing a paragraph', () => {
    expect(cutInlineCredits([draft('The strike begins with the night shift. – Sapa')])[0]?.text).toBe(
      'The strike begins with the night shift.',
    );
    expect(cutInlineCredits([draft('Many shops have closed for good. اضافة اعلان')])[0]?.text).toBe('Many shops have closed for good.');
  });

  it('cuts an agency credit closing the story', () => {
    const [cut] = cutInlineCredits([draft('The talks will resume in two years, he said. - IANS')]);
    expect(cut?.text).toBe('The talks will resume in two years, he said.');
    expect(cut?.cuts[0]).toMatchObject({ text: ' - IANS', keptAs: 'credit' });
  });

  it('cuts a site template’s placeholders left in the text, keeping them among the cuts', () => {
    const text = 'Fares will rise, the council said.{{more}} The vote is on Monday. {{ featured_button }}';
    const [cut] = cutInlineCredits([draft(text)]);
    expect(cut?.text).toBe('Fares will rise, the council said. The vote is on Monday.');
    expect(cut?.cuts.map((each) => [each.text, each.reason])).toEqual([
      ['{{more}}', 'template placeholder'],
      [' {{ featured_button }}', 'template placeholder'],
    ]);
    expect(withCutsRestored(cut!.text, cut!.cuts)).toBe(text);
    expect(cutInlineCredits([draft('The set {1, 2} has {braces} in it.')])[0]?.cuts).toEqual([]);
    // Inside a sentence, or what the sentence is about: the text's.
    for (const text of ['The letter began “Dear {{first_name}}” and went on.', 'Engineers said the {{config}} tag was never filled in.'])
      expect(cutInlineCredits([draft(text)])[0]?.cuts, text).toEqual([]);
  });

  it('leaves parentheses and dashes in prose alone', () => {
    for (const text of [
      'The North Atlantic Treaty Organization (NATO) met on Monday.',
      'The mayor (Labour) said the plan would go ahead.',
      'PORT ADLEY — The mayor said the plan would go ahead.',
      'Fares rose (again).',
      'He joined the alliance. (NATO) is its name',
      '(Harbour Times) reported that fares would rise.',
    ]) {
      expect(cutInlineCredits([draft(text)])[0]?.cuts, text).toEqual([]);
    }
  });
});
