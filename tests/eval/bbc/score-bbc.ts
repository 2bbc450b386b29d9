/**
 * npx tsx tests/eval/bbc/score-bbc.ts [--from /work/.mirror]
 *
 * Topic top-1 on the BBC News classification corpus (2,225 articles of 2004-05 in five classes; D. Greene and
 * P. Cunningham, ICML 2006), read from the bare git copy of dejanbatanjac/bbc-article-classify-bert under <from>.
 * Held out for independent evaluation: no classifier here was trained or tuned on it; run it once per design.
 * Each text (headline line, then paragraphs) is ingested as an article would be and both classifiers are scored:
 * the word lists and the learned model mixed with them (src/ingest/understand/topics.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../../../scripts/command-line';
import { ingestFile } from '../../../src/ingest/ingest-file';
import { layOutArticle } from '../../../src/ingest/understand/article-layout';
import { topLevelOf } from '../../../src/ingest/understand/topic-tree';
import {
  assignLearnedTopics,
  assignTopicsFromWordLists,
  type TopicAssignment,
  type WeightedText,
} from '../../../src/ingest/understand/topics';
import { weightedParts } from '../../../src/ingest/understand/understand';

const CLASSES: Record<string, string> = {
  business: 'medtop:04000000',
  entertainment: 'medtop:01000000',
  politics: 'medtop:11000000',
  sport: 'medtop:15000000',
  tech: 'medtop:13000000',
};

const USAGE = `usage: npx tsx tests/eval/bbc/score-bbc.ts [--from <dir>]

Topic top-1 of the word lists and the learned model on the BBC News classification corpus (2,225 articles in five
classes), held out for independent evaluation: run it once per design, never tune on it.
  --from <dir>  the folder holding the git copy dejanbatanjac+bbc-article-classify-bert/repo (default /work/.mirror)`;
const values = readCommandLine(USAGE, { from: { type: 'string', default: '/work/.mirror' } });
const gitDir = join(values.from, 'dejanbatanjac+bbc-article-classify-bert', 'repo');
if (!existsSync(gitDir)) throw new Error(`score-bbc: no copy of dejanbatanjac/bbc-article-classify-bert at ${gitDir}`);
const git = (args: string[], input?: string): Buffer =>
  execFileSync('git', [`--git-dir=${gitDir}`, ...args], { maxBuffer: 1 << 28, input });

const paths = git(['ls-tree', '-r', '--name-only', 'HEAD'])
  .toString('utf8')
  .split('\n')
  .filter((path) => /^bbc\/[a-z]+\/\d+\.txt$/.test(path));
const batch = git(['cat-file', '--batch'], paths.map((path) => `HEAD:${path}`).join('\n') + '\n');

const classifiers: { name: string; assign: (parts: WeightedText[]) => TopicAssignment }[] = [
  { name: 'word lists', assign: assignTopicsFromWordLists },
  { name: 'learned + lists (ingest)', assign: (parts) => assignLearnedTopics(parts) },
  { name: 'learned alone', assign: (parts) => assignLearnedTopics(parts, 1) },
];
const right = classifiers.map(() => new Map<string, number>());
const seen = new Map<string, number>();
const rejected: string[] = [];
let at = 0;
for (const path of paths) {
  const headerEnd = batch.indexOf(10, at);
  const size = Number(batch.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
  // The corpus is Latin-1 in places: read as UTF-8, which turns a stray byte into U+FFFD rather than failing.
  const text = batch.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8');
  at = headerEnd + 1 + size + 1;
  const name = path.split('/')[1] ?? '';
  const expected = CLASSES[name];
  if (!expected) continue;
  const outcome = ingestFile(Buffer.from(` date 2005-01-01 ${text}`), path);
  if (!outcome.ok) {
    rejected.push(`${path}: ${outcome.reason.split('\n')[0]}`);
    continue;
  }
  const parts = weightedParts(layOutArticle(outcome.article.title, outcome.article.blocks));
  seen.set(name, (seen.get(name) ?? 0) + 1);
  classifiers.forEach((classifier, k) => {
    const first = classifier.assign(parts).topics.map(topLevelOf)[0];
    if (first === expected) right[k]?.set(name, (right[k]?.get(name) ?? 0) + 1);
  });
}

const total = [...seen.values()].reduce((a, b) => a + b, 0);
console.log(`BBC News classification corpus: ${total} articles scored${rejected.length ? `, ${rejected.length} rejected` : ''}`);
console.log(['classifier'.padEnd(26), 'top-1', ...Object.keys(CLASSES).map((name) => name.padEnd(13))].join(' '));
classifiers.forEach((classifier, k) => {
  const hits = [...(right[k]?.values() ?? [])].reduce((a, b) => a + b, 0);
  const perClass = Object.keys(CLASSES).map((name) =>
    ((right[k]?.get(name) ?? 0) / Math.max(1, seen.get(name) ?? 0)).toFixed(3).padEnd(13),
  );
  console.log([classifier.name.padEnd(26), (hits / total).toFixed(3), ...perClass].join(' '));
});
for (const line of rejected) console.log(`  rejected ${line}`);
