/** Below this many items, a log gets no progress lines: the work is done in moments. */
const QUIET_BELOW = 1_000;
/** How often a terminal's line is redrawn at most. */
const REDRAW_MS = 250;

type Output = { isTTY?: boolean; write(text: string): unknown };

/**
 * How far long work has got, for the build's page drawing. On a terminal: one line, redrawn ("prerender:
 * 4,210 of 100,001 pages, 812 pages/s, 2 min left") and cleared at the end. Elsewhere (CI, a log file): a
 * plain line at every tenth of the work.
 */
export function progressLine(label: string, unit: string, total: number, output: Output, now: () => number = () => performance.now()) {
  const started = now();
  let done = 0;
  let lastDraw = -Infinity;
  let nextTenth = 1;
  let drawn = false;
  const advance = (count: number) => {
    done += count;
    if (output.isTTY) {
      if (now() - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = now();
      output.write(`\r\x1b[K${label}: ${describe(done, total, unit, now() - started)}`);
      drawn = true;
    } else if (total >= QUIET_BELOW && done * 10 >= nextTenth * total) {
      while (done * 10 >= nextTenth * total) nextTenth += 1;
      output.write(`${label}: ${Math.floor((done / total) * 100)}%, ${describe(done, total, unit, now() - started)}\n`);
    }
  };
  /** Clears the terminal's line, for the summary that follows. */
  const end = () => {
    if (drawn) output.write('\r\x1b[K');
  };
  return { advance, end };
}

const count = (value: number) => value.toLocaleString('en-GB');

/** "4,210 of 100,001 pages, 812 pages/s, 2 min left". */
function describe(done: number, total: number, unit: string, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const eta = done >= total ? 'done' : left === null ? 'starting' : `${left >= 120 ? `${Math.ceil(left / 60)} min` : `${left} s`} left`;
  return `${count(done)} of ${count(total)} ${unit}, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} ${unit}/s, ${eta}`;
}
