import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from './quote-marks';

const roles = (text: string) =>
  findQuoteMarks(text).map(
    (mark) => `${text.slice(mark.at, mark.at + mark.length)}${mark.canOpen ? '>' : ''}${mark.canClose ? '<' : ''}${mark.weak ? '?' : ''}`,
  );

describe('findQuoteMarks', () => {
  it('tells opening from closing marks by where they stand', () => {
    expect(roles('"Yes,” she said. „Ja“ and ”Ja”')).toEqual(['">', '”<', '„>', '“<', '”>', '”<']);
  });

  it('leaves out apostrophes and elisions', () => {
    expect(roles("don’t Alliance’s ’90s rock ’n’ roll 'em it's")).toEqual([]);
  });

  it('keeps a possessive after s as a weak closing mark', () => {
    expect(roles('‘the fans’ anger’')).toEqual(['‘>', '’<?', '’<']);
  });

  it('lets a double mark between a sentence end and the next word close as well as open', () => {
    expect(roles('done.”This and done."This')).toEqual(['”><', '"><']);
  });

  it('reads a double prime typed for a closing mark as one ("2016″ till")', () => {
    expect(roles('on “3 FEBRUARY 2016″ till')).toEqual(['“>', '″<']);
  });

  it('reads guillemets set off by spaces by their shape, and two apostrophes as one mark', () => {
    expect(roles('« Oui » and yes’’')).toEqual(['«>', '»<', '’’<']);
  });
});
