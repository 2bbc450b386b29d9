import { describe, expect, it } from 'vitest';
import { comparable, endsOpen, endsWithFullStop, startsLikeTitle, wordCount } from './line-shape';

describe('line shape', () => {
  it('counts words of single-spaced text', () => {
    expect([wordCount(''), wordCount('one'), wordCount('one two three')]).toEqual([0, 1, 3]);
  });

  it('tells a full stop from an ellipsis and a lead-in', () => {
    expect(endsWithFullStop('He left.')).toBe(true);
    expect(endsWithFullStop('“He left.”')).toBe(true);
    expect(endsWithFullStop('And then...')).toBe(false);
    expect(endsOpen('The plan, in short:')).toBe(true);
  });

  it('knows how titles start and compares repeated lines loosely', () => {
    expect(startsLikeTitle('‘Devastating’ for victims')).toBe(true);
    expect(startsLikeTitle('the council')).toBe(false);
    expect(startsLikeTitle('$5m solar plant a step toward renewable goal')).toBe(true);
    expect(startsLikeTitle('$ signs everywhere')).toBe(false);
    // A name written with a small first letter opens a headline too.
    for (const headline of [
      'iPhone launch event details released',
      'eBay beats forecasts',
      'openFDA and Drug Adverse Events',
      'e-Recruiting and Accessibility',
    ])
      expect(startsLikeTitle(headline), headline).toBe(true);
    expect(startsLikeTitle('everyone is welcome')).toBe(false);
    expect(comparable('Harbour tram to reopen.')).toBe(comparable('HARBOUR TRAM TO REOPEN'));
  });
});
