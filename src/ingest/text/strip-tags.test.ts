import { describe, expect, it } from 'vitest';
import { withCutsRestored } from './cut-span';
import { stripTags } from './strip-tags';

const line = (text: string) => ({ text, cuts: [] });

describe('stripTags', () => {
  it('cuts tags out with their place', () => {
    const stripped = stripTags(line('The <b>mayor</b> said <a href="https://x.example/a?b=1">more</a>.'));
    expect(stripped.text).toBe('The mayor said more.');
    expect(stripped.cuts.map((cut) => [cut.text, cut.offset, cut.reason])).toEqual([
      ['<b>', 4, 'HTML tag'],
      ['</b>', 9, 'HTML tag'],
      ['<a href="https://x.example/a?b=1">', 15, 'HTML tag'],
      ['</a>', 19, 'HTML tag'],
    ]);
    expect(withCutsRestored(stripped.text, stripped.cuts)).toBe('The <b>mayor</b> said <a href="https://x.example/a?b=1">more</a>.');
  });

  it('empties a line of markup only', () => {
    const stripped = stripTags(line('<div class="share-bar"> <br/> </div>'));
    expect(stripped.text).toBe('');
    expect(withCutsRestored(stripped.text, stripped.cuts)).toBe('<div class="share-bar"> <br/> </div>');
  });

  it('takes script elements and comments whole', () => {
    const stripped = stripTags(line('Text <script>var a = 1 > 0;</script> more <!-- ad slot -->'));
    expect(stripped.text).toBe('Text more');
    expect(stripped.cuts.map((cut) => cut.reason)).toEqual(['HTML script element', 'HTML comment']);
  });

  it('leaves angle brackets in prose alone', () => {
    for (const text of ['a <b and c> d', 'x < y and y > z', 'the <Reuters> feed', '<3 emoji', 'Score <10']) {
      expect(stripTags(line(text)).text).toBe(text);
    }
  });
});

// Lines of stray markup once took seconds (a comment tried at every "<!--" scanned the rest of the line).
describe('stripTags on a line of stray markup', { timeout: 60_000 }, () => {
  it('leaves 256 KB of unclosed "<!--" as it is', () => {
    const text = '<!--'.repeat(64_000);
    expect(stripTags(line(text))).toEqual(line(text));
  });

  it('cuts 64,000 closed comments, and a tag whose attributes are a long run of "="', () => {
    const comments = stripTags(line(`a ${'<!--x-->'.repeat(64_000)} b`));
    expect(comments.text).toBe('a b');
    expect(comments.cuts).toHaveLength(64_000);
    const equals = `<a x${'='.repeat(200_000)}`;
    expect(stripTags(line(`${equals} c`)).text).toBe(`${equals} c`);
    expect(stripTags(line(`${equals}> c`)).text).toBe('c');
  });

  it('takes a tag written inside a comment as part of the comment', () => {
    const stripped = stripTags(line('a <!-- <b>x</b> --> <i>c</i>'));
    expect(stripped.text).toBe('a c');
    expect(stripped.cuts.map((cut) => cut.reason)).toEqual(['HTML comment', 'HTML tag', 'HTML tag']);
  });
});
