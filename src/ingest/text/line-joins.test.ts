import { describe, expect, it } from 'vitest';
import { continuesAfterBlankLine, continuesOnNextLine, rejoinsHyphenated } from './line-joins';

describe('continuesOnNextLine', () => {
  it('joins a line filled to the wrap width', () => {
    expect(continuesOnNextLine('A violent hailstorm swept across Lendle Vale on Tuesday evening,', 'stripping fruit', 72)).toBe(true);
    expect(continuesOnNextLine('issued a yellow warning for thunderstorms that morning but said the size', 'of the hail', 72)).toBe(true);
  });

  it('does not join a short line, such as a heading, to the line after it', () => {
    expect(continuesOnNextLine('Growers count the cost', 'The storm arrived three weeks before the harvest.', 72)).toBe(false);
    expect(continuesOnNextLine('in what forecasters called the worst storm.', 'Hailstones fell', 72)).toBe(false);
  });

  it('joins a line that stops mid-sentence when the next goes on in lowercase', () => {
    expect(continuesOnNextLine('The council said it would open a fund for', 'households without insurance.', null)).toBe(true);
    expect(continuesOnNextLine('The council met.', 'then it left.', null)).toBe(false);
    expect(continuesOnNextLine('Apple launches', 'iPhone sales fell.', null)).toBe(false);
    // The lowercase word may open a quotation: the sentence goes on inside its marks.
    const deemed = 'Nearly 700 passengers were stranded at the port as sea travel was deemed';
    expect(continuesOnNextLine(deemed, '“risky for all vessels,” according to the coast guard.', null)).toBe(true);
    expect(continuesOnNextLine('Reactions', '“We were shocked,” she said.', null)).toBe(false);
    expect(continuesOnNextLine('How to welcome new coders to a hackathon', '"https://example.org/status/5808"', null)).toBe(false);
  });

  it('joins a line that stops on a word like "over" when the next opens with a number', () => {
    const over = 'He said the loan would be invested to expand the hospital onto its neighbouring complex over';
    expect(continuesOnNextLine(over, '42 months “to be able to build out two buildings”.', null)).toBe(true);
    // Not a heading in capitals, nor a line ending a sentence.
    expect(continuesOnNextLine('Game Over', '42 people were hurt.', null)).toBe(false);
    expect(continuesOnNextLine('The vote is over.', '42 people took part.', null)).toBe(false);
  });

  it('does not take the first line for a wrapped one on its length alone', () => {
    const headline = 'Wartime letter delivered to soldier’s family 79 years after it was posted';
    expect(continuesOnNextLine(headline, 'A letter written by a young soldier', 74, true)).toBe(false);
    expect(continuesOnNextLine('A letter written by a young soldier to his fiancée in the village of', 'Ashcombe has been', 70, true)).toBe(
      true,
    );
  });
});

describe('continuesAfterBlankLine', () => {
  it('joins a paragraph split in the middle of a sentence', () => {
    expect(
      continuesAfterBlankLine(
        'It was paid for by the port company, a regional growth fund and a loan from the',
        'National Infrastructure Bank.',
      ),
    ).toBe(true);
    expect(continuesAfterBlankLine('Council leader Brian Aske said the', 'festival had agreed to end amplified music at midnight.')).toBe(
      true,
    );
  });

  it('keeps paragraphs and headings apart', () => {
    expect(continuesAfterBlankLine('The council met on Monday.', 'the vote was close.')).toBe(false);
    expect(continuesAfterBlankLine('What to look out for', 'The first race starts at noon.')).toBe(false);
    expect(continuesAfterBlankLine('Focus on training missions', 'the ministers will meet.')).toBe(false);
    expect(continuesAfterBlankLine('He said the plan would work and that it', 'Ashcombe')).toBe(false);
    // a Title Case heading that ends on a capitalised "For" is no sentence split
    expect(continuesAfterBlankLine('These Are Not the Stations You Are Looking For', 'Some stations see few trains.')).toBe(false);
  });
});

describe('rejoinsHyphenated', () => {
  it('rejoins a word hyphenated across a wrap when the next line goes on in lowercase', () => {
    expect(rejoinsHyphenated('The councils agreed to build a cross-', 'border tram line')).toBe(true);
    expect(rejoinsHyphenated('a long-', 'awaited report')).toBe(true);
  });

  it('leaves dashes, numbers and capitals alone', () => {
    expect(rejoinsHyphenated('The vote was close -', 'the count took hours')).toBe(false);
    expect(rejoinsHyphenated('in the 2020-', '21 season')).toBe(false);
    expect(rejoinsHyphenated('talks with Franco-', 'German officials')).toBe(false);
    expect(rejoinsHyphenated('a cross-border line', 'between the towns')).toBe(false);
  });
});
