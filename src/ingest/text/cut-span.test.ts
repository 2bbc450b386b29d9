import { describe, expect, it } from 'vitest';
import { cutOut, withCutsRestored } from './cut-span';
import type { SourceLine } from './text-parts';

const removal = { reason: 'test', text: '' };
const line = (text: string): SourceLine => ({ text, cuts: [] });

describe('cutOut', () => {
  it('takes a span between two spaces with the space after it', () => {
    const cut = cutOut(line('LONDON (Reuters) - The mayor'), 7, 16, removal);
    expect(cut?.text).toBe('LONDON - The mayor');
    expect(cut?.cuts).toEqual([{ reason: 'test', text: '(Reuters) ', offset: 7 }]);
    expect(withCutsRestored(cut!.text, cut!.cuts)).toBe('LONDON (Reuters) - The mayor');
  });

  it('takes a span at the end with the space before it', () => {
    const cut = cutOut(line('said the minister. - IANS'), 19, 25, removal);
    expect(cut?.text).toBe('said the minister.');
    expect(cut?.cuts[0]).toMatchObject({ text: ' - IANS', offset: 18 });
  });

  it('takes a glued span exactly, and keeps earlier cuts in document order', () => {
    const first = cutOut(line('foo<b>bar</b> baz'), 3, 6, removal)!;
    const second = cutOut(first, 6, 10, removal)!;
    expect(second.text).toBe('foobar baz');
    expect(second.cuts.map((cut) => [cut.text, cut.offset])).toEqual([
      ['<b>', 3],
      ['</b>', 6],
    ]);
    expect(withCutsRestored(second.text, second.cuts)).toBe('foo<b>bar</b> baz');
  });

  it('shifts later cuts and refuses to swallow a cut inside the span', () => {
    const first = cutOut(line('a bc de'), 5, 7, removal)!;
    expect(first.text).toBe('a bc');
    const second = cutOut(first, 0, 2, removal)!;
    expect(second.cuts.map((cut) => [cut.text, cut.offset])).toEqual([
      ['a ', 0],
      [' de', 2],
    ]);
    expect(withCutsRestored(second.text, second.cuts)).toBe('a bc de');
    const inside = cutOut({ text: 'abcd', cuts: [{ ...removal, text: 'x', offset: 2 }] }, 1, 3, removal);
    expect(inside).toBeNull();
  });
});
