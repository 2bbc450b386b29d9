/**
 * npm run corpus -- --count N --out <dir> [--seed S]
 *
 * Writes N synthetic news articles in Broadsheet's input format, for the benchmark only (never
 * shipped as content): the same files for the same count and seed.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatorVersion } from './corpus/generator-version';
import { writeCorpus } from './corpus/write-corpus';

const USAGE = 'usage: npm run corpus -- --count <number of articles> --out <folder> [--seed <integer, default 1>]';

function main(): number {
  let values: { count?: string | undefined; out?: string | undefined; seed?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } }, strict: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const count = Number(values.count);
  const seed = Number(values.seed ?? 1);
  if (!values.out || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error(USAGE);
    return 2;
  }
  const started = performance.now();
  const { bytes } = writeCorpus(resolve(values.out), { count, seed, generator: generatorVersion() });
  const seconds = (performance.now() - started) / 1000;
  console.log(`corpus: wrote ${count} articles (${(bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${seconds.toFixed(1)} s`);
  return 0;
}

process.exitCode = main();
