import type { IngestProgress } from './run-ingest';

/** Fewer files than this are done in moments: no progress lines for them, off a terminal. */
const QUIET_BELOW = 50;
/** How often a terminal's line is redrawn. */
const REDRAW_MS = 250;

type Output = { isTTY?: boolean; write(text: string): unknown };

/**
 * Shows how far a run is. On a terminal: one line, redrawn (files done of the total, the rate, the time
 * left, then the stage after the articles). Elsewhere (a log, the build's output): a plain line at every
 * tenth of the files. `end` clears the terminal's line for the summary.
 */
export function progressReport(output: Output, now: () => number = () => performance.now()) {
  const started = now();
  let lastDraw = -Infinity;
  let nextTenth = 1;
  let drawn = false;
  const draw = (line: string) => {
    output.write(`\r\x1b[K${line}`);
    drawn = true;
  };
  const report = (progress: IngestProgress) => {
    if (progress.stage !== 'articles') {
      if (output.isTTY && drawn) draw(`ingest: ${progress.stage === 'index' ? 'writing the index' : 'writing the search index'}…`);
      return;
    }
    const { done, total } = progress;
    if (output.isTTY) {
      if (now() - lastDraw < REDRAW_MS && done < total) return;
      lastDraw = now();
      draw(`ingest: ${describe(done, total, now() - started)}`);
    } else if (total >= QUIET_BELOW && done * 10 >= nextTenth * total) {
      while (done * 10 >= nextTenth * total) nextTenth += 1;
      output.write(`ingest: ${Math.floor((done / total) * 100)}%, ${describe(done, total, now() - started)}\n`);
    }
  };
  const end = () => {
    if (drawn) output.write('\r\x1b[K');
  };
  return { report, end };
}

const count = (value: number) => value.toLocaleString('en-GB');

/** "4,210 of 10,000 files, 240 files/s, 24 s left". */
function describe(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const left = rate > 0 ? Math.ceil((total - done) / rate) : null;
  const eta = done >= total ? 'done' : left === null ? 'starting' : `${left >= 120 ? `${Math.ceil(left / 60)} min` : `${left} s`} left`;
  return `${count(done)} of ${count(total)} files, ${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} files/s, ${eta}`;
}
