import { describe, expect, it } from 'vitest';
import { isMarkupOnly, readSourceLines } from './source-lines';

describe('readSourceLines', () => {
  it('decodes entities, collapses whitespace and trims each line', () => {
    const lines = readSourceLines(' First&nbsp;line\t with  tabs \n\n\n  It&#39;s &quot;second&quot; ');
    expect(lines.map((line) => line.text)).toEqual(['First line with tabs', '', '', 'It\'s "second"']);
  });

  it('reads a backtick between a word and its ending as an apostrophe, and leaves other backticks', () => {
    const lines = readSourceLines('The Secretary-General`s report, and they don`t agree\nRun `npm test`');
    expect(lines.map((line) => line.text)).toEqual(['The Secretary-General’s report, and they don’t agree', 'Run `npm test`']);
  });

  it('cuts tags and tells markup-only lines apart from blank ones', () => {
    const lines = readSourceLines('<p>Body text</p>\n<div class="ad"></div>\n');
    expect(lines[0]?.text).toBe('Body text');
    expect(lines.map(isMarkupOnly)).toEqual([false, true, false]);
  });
});
