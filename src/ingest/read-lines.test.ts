import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachLine } from './read-lines';

describe('forEachLine', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'broadsheet-lines-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const linesOf = async (text: string, chunkBytes: number, stopAfter = Infinity) => {
    const path = join(dir, `lines-${chunkBytes}.txt`);
    await writeFile(path, text);
    const lines: string[] = [];
    await forEachLine(path, (line) => lines.push(line) < stopAfter, chunkBytes);
    return lines;
  };

  // Names of several bytes a character, so that chunk ends fall inside a character and inside a line.
  const lines = ['["Søren Kierkegaard",1]', '["Ляна Дорошенко",2]', '', '["王小明 said “yes”",3]', '["Zoë",4]'];

  it('gives every line whole, however the chunks cut the text', async () => {
    for (const chunkBytes of [1, 2, 3, 5, 7, 64, 4 << 20]) expect(await linesOf(lines.join('\n') + '\n', chunkBytes)).toEqual(lines);
  });

  it('gives a last line without its newline (a line a killed run was writing), and stops when asked', async () => {
    expect(await linesOf('one\ntwo\nthr', 3)).toEqual(['one', 'two', 'thr']);
    expect(await linesOf('one\ntwo\nthree\n', 4, 2)).toEqual(['one', 'two']);
  });
});
