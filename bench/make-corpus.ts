/**
 * npm run corpus -- --count N --out <dir> [--seed S]
 *
 * Writes N synthetic news articles in Broadsheet's input format, for the benchmark only (never
 * shipped as content): the same files for the same count and seed.
 */
import { resolve } from 'node:path';
import { exitWith, readCommandLine, usageError } from '../scripts/command-line';
import { generatorVersion } from './corpus/generator-version';
import { writeCorpus } from './corpus/write-corpus';

const USAGE = `usage: npm run corpus -- --count <number of articles> --out <folder> [--seed <integer, default 1>]

Writes that many synthetic articles into the folder, the same files for the same count and seed (for the bench).`;

function main(): number {
  const values = readCommandLine(USAGE, { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } });
  const count = Number(values.count);
  const seed = Number(values.seed ?? 1);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    exitWith(usageError(USAGE, 'both --count (a whole number above 0) and --out are needed; --seed is a whole number'));
  }
  const started = performance.now();
  const { bytes } = writeCorpus(resolve(values.out), { count, seed, generator: generatorVersion() });
  const seconds = (performance.now() - started) / 1000;
  console.log(`corpus: wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(1)} s`);
  return 0;
}

process.exitCode = main();
