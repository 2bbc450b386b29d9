/**
 * npm run bench [-- --sizes 1000,10000] [--seed 1] [--port 4410] [--lighthouse-runs 1] [--no-lighthouse] [--browser-only]
 *
 * For each size: makes the synthetic corpus (cached in bench/.cache), ingests it from scratch and
 * again with nothing changed, builds the site on it, serves it, and measures it in Debian's Chromium
 * and with Lighthouse. Prints a table and writes bench/results.json (issue 6's contract). Not part
 * of npm test: a 100,000-article run takes the better part of an hour.
 */
import { exitWith, readCommandLine, usageError } from '../scripts/command-line';
import { missingChromium } from '../tests/e2e/chromium-options';
import { RESULTS_FILE } from './harness/bench-paths';
import { describeMachine, saveResults, type BenchRun } from './harness/bench-results';
import { snapshotCode } from './harness/code-snapshot';
import { resultsTable } from './harness/results-table';

const USAGE = `usage: npm run bench [-- --sizes 1000,10000,100000] [--seed 1] [--port 4410] [--lighthouse-runs 1] [--no-lighthouse] [--browser-only]

For each size: makes the synthetic corpus, ingests it, builds and serves the site and measures it in Chromium
and Lighthouse; prints a table and writes bench/results.json. Exits 0, or 1 when a measurement failed.`;

async function main(): Promise<number> {
  const values = readCommandLine(USAGE, {
    sizes: { type: 'string', default: '1000,10000,100000' },
    seed: { type: 'string', default: '1' },
    port: { type: 'string', default: '4410' },
    'lighthouse-runs': { type: 'string', default: '1' },
    'no-lighthouse': { type: 'boolean', default: false },
    'browser-only': { type: 'boolean', default: false },
  });
  const sizes = values.sizes.split(',').map(Number);
  const settings = {
    seed: Number(values.seed),
    port: Number(values.port),
    lighthouseRuns: Number(values['lighthouse-runs']),
    lighthouse: !values['no-lighthouse'],
    browserOnly: values['browser-only'],
  };
  if (
    sizes.some((size) => !Number.isInteger(size) || size < 1) ||
    [settings.seed, settings.port, settings.lighthouseRuns].some((n) => !Number.isInteger(n))
  ) {
    exitWith(
      usageError(USAGE, '--sizes takes whole numbers above 0, separated by commas; --seed, --port and --lighthouse-runs whole numbers'),
    );
  }
  const noBrowser = missingChromium();
  if (noBrowser) throw new Error(noBrowser);

  // Loaded once the command line is known good: it brings in ingest, Vite and Lighthouse (seconds), which
  // --help and a mistyped flag do not need.
  const { benchSize } = await import('./harness/bench-size');
  const started = performance.now();
  const options = { ...settings, code: snapshotCode() };
  const runs: BenchRun[] = [];
  for (const size of sizes) {
    const log = (line: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s] ${size}: ${line}`);
    const run = await benchSize(size, options, log);
    runs.push(run);
    // Saved after every size, so a long run that is stopped keeps what it measured.
    saveResults(RESULTS_FILE, describeMachine(run.chromium), runs);
  }
  console.log(`\n${resultsTable(runs)}\n`);
  for (const run of runs) for (const line of [...run.notes, ...run.errors]) console.log(`${run.articles}: ${line}`);
  console.log(`\nwrote ${RESULTS_FILE}`);
  return runs.some((run) => run.errors.length) ? 1 : 0;
}

process.exitCode = await main();
