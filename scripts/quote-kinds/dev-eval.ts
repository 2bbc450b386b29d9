/**
 * npx tsx scripts/quote-kinds/dev-eval.ts [--verbose] [--headings]
 *
 * Quotations and speakers on the real set's dev split only (tests/eval/real/sources.json), with the quote misses
 * of each dev article when --verbose (the heading misses with --headings): what quote kinds, speakers and the
 * heading classifier are tuned on. Held-out articles are skipped
 * here on purpose: `npm run eval` reports their aggregate figures, and nothing is tuned on them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/ingest-file';
import { loadLabels } from '../../tests/eval/eval-label';
import { evalTable } from '../../tests/eval/eval-table';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { addTallies, emptyTally, scoreArticle } from '../../tests/eval/score-article';
import { readCommandLine } from '../command-line';

const USAGE = `usage: npx tsx scripts/quote-kinds/dev-eval.ts [--verbose] [--headings]

Ingests the real set's dev articles (tests/eval/real, never the held-out ones) and prints how close quotations,
speakers, topics, headings and titles come to their labels: what quote kinds, speakers and headings are tuned on.
  -v, --verbose  list each dev article's quote and speaker misses
  --headings     with --verbose, list the heading misses instead`;
const values = readCommandLine(USAGE, { verbose: { type: 'boolean', short: 'v' }, headings: { type: 'boolean' } });
const root = join(import.meta.dirname, '../..');
const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
let total = emptyTally();
for (const loaded of loadLabels(join(root, 'tests/eval/real/labels'))) {
  if ('error' in loaded) continue;
  const { label } = loaded;
  const path = join(root, label.source);
  if (splits.get(label.source) !== 'dev' || !existsSync(path)) continue;
  const outcome = ingestFile(readFileSync(path), label.source);
  if (!outcome.ok) continue;
  const { tally, misses } = scoreArticle(outcome.article, label);
  total = addTallies(total, tally);
  const quoteMisses = misses.filter((miss) => (values.headings ? /heading/ : /quote|speaker/).test(miss));
  if (values.verbose && quoteMisses.length) console.log(`\n${label.source}\n${quoteMisses.map((m) => `  - ${m}`).join('\n')}`);
}
console.log(
  `\n${evalTable([{ name: 'real dev', tally: total }])
    .split('\n')
    .filter((line) => !/^(?:people|organisations|places|junk|articles with)/.test(line))
    .join('\n')}`,
);
