/**
 * npx tsx scripts/topics/cross-validate.ts [train.ts options]
 *
 * Cross-validates the topic model on the real dev split: for each of 5 folds (scripts/topics/dev-folds.ts), trains
 * without that fold (train.ts --dev-fold k, with the options given) and scores that fold alone
 * (tests/eval/topics/compare-topics.ts --fold k), then prints each classifier's top-1 over every dev article. The
 * weights left behind are the last fold's: train again afterwards. The held-out split is never read. With
 * TOPIC_FOLD_SALT=<word> the folds are drawn afresh (dev-folds.ts): a difference smaller than the spread between
 * fold seeds is noise.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { readCommandLine } from '../command-line';

const USAGE = `usage: npx tsx scripts/topics/cross-validate.ts [--from <dir>] [--publisher-weight <n>] [--dev-weight <n>] [--without-dev]

Cross-validates the topic model on the real dev split: for each of 5 folds, trains without it (scripts/topics/train.ts
--dev-fold k, with the flags given here) and scores it (tests/eval/topics/compare-topics.ts --fold k), then prints
each classifier's top-1 over every dev article. It leaves the last fold's weights behind: train again afterwards.
TOPIC_FOLD_SALT=<word> draws other folds. The flags are train.ts's (npx tsx scripts/topics/train.ts --help).`;
// train.ts's flags, checked here and passed on as given; --dev-fold is this script's to set.
readCommandLine(USAGE, {
  from: { type: 'string' },
  'publisher-weight': { type: 'string' },
  'dev-weight': { type: 'string' },
  'without-dev': { type: 'boolean' },
});
const root = join(import.meta.dirname, '../..');
const run = (script: string, args: string[]): string =>
  execFileSync('npx', ['tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });

const right = new Map<string, number>();
const own = new Map<string, string>();
let total = 0;
for (let fold = 0; fold < 5; fold++) {
  run('scripts/topics/train.ts', ['--dev-fold', String(fold), ...process.argv.slice(2)]);
  const [header = '', ...rows] = run('tests/eval/topics/compare-topics.ts', ['--fold', String(fold)])
    .trim()
    .split('\n');
  const size = Number(/dev fold \d \((\d+)\)/.exec(header)?.[1] ?? 0);
  total += size;
  for (const row of rows) {
    const fields = row.trim().split(/\s{2,}/);
    const [name = '', ownTop1 = '', devTop1 = '0'] = fields;
    own.set(name, ownTop1);
    right.set(name, (right.get(name) ?? 0) + Number(devTop1) * size);
  }
}
console.log(`${'classifier'.padEnd(22)} ${'own set'.padEnd(8)} dev, cross-validated (${total})`);
for (const [name, count] of right) console.log(`${name.padEnd(22)} ${(own.get(name) ?? '').padEnd(8)} ${(count / total).toFixed(3)}`);
