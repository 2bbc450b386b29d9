import { describe, expect, it } from 'vitest';
import { progressLine } from './progress-line';

/** An output that records what was written, and a clock the test moves. */
function recorder(isTTY: boolean) {
  const writes: string[] = [];
  let time = 0;
  return { output: { isTTY, write: (text: string) => writes.push(text) }, writes, tick: (ms: number) => (time += ms), now: () => time };
}

describe('progressLine', () => {
  it('off a terminal, writes a plain line at every tenth of the work and nothing in between', () => {
    const { output, writes, tick, now } = recorder(false);
    const progress = progressLine('prerender', 'pages', 2_000, output, now);
    for (let page = 0; page < 2_000; page += 50) {
      tick(100);
      progress.advance(50);
    }
    progress.end();
    expect(writes).toHaveLength(10);
    expect(writes[0]).toBe('prerender: 10%, 200 of 2,000 pages, 500 pages/s, 4 s left\n');
    expect(writes[9]).toBe('prerender: 100%, 2,000 of 2,000 pages, 500 pages/s, done\n');
  });

  it('off a terminal, says nothing for work done in moments', () => {
    const { output, writes, now } = recorder(false);
    const progress = progressLine('prerender', 'pages', 50, output, now);
    progress.advance(50);
    expect(writes).toEqual([]);
  });

  it('on a terminal, redraws one line at most four times a second, then clears it', () => {
    const { output, writes, tick, now } = recorder(true);
    const progress = progressLine('prerender', 'pages', 100_000, output, now);
    tick(1_000);
    progress.advance(1_000);
    tick(100);
    progress.advance(100);
    tick(200);
    progress.advance(100);
    progress.end();
    expect(writes).toEqual([
      '\r\x1b[Kprerender: 1,000 of 100,000 pages, 1000 pages/s, 99 s left',
      '\r\x1b[Kprerender: 1,200 of 100,000 pages, 923 pages/s, 108 s left',
      '\r\x1b[K',
    ]);
  });
});
