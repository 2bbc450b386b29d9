/**
 * npx tsx scripts/speakers/extra-eval.ts [--verbose]
 *
 * Quotations and speakers, found by the whole ingest, on the extra speaker articles (build-extra.ts): real articles
 * the cue rules were not written against, labelled for quotes only. With --verbose, each article's quote misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../src/ingest/ingest-file';
import { evalLabel } from '../../tests/eval/eval-label';
import { evalTable } from '../../tests/eval/eval-table';
import { addTallies, emptyTally, scoreArticle } from '../../tests/eval/score-article';
import { readCommandLine } from '../command-line';

const USAGE = `usage: npx tsx scripts/speakers/extra-eval.ts [--verbose]

Ingests the extra speaker articles (scripts/speakers/build-extra.ts) and prints how close quotations and speakers come
to their labels (scripts/speakers/extra-labels/).
  -v, --verbose  list each article's quote and speaker misses`;
const values = readCommandLine(USAGE, { verbose: { type: 'boolean', short: 'v' } });
const root = join(import.meta.dirname, '../..');
const labels = join(import.meta.dirname, 'extra-labels');
let total = emptyTally();
for (const file of readdirSync(labels, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const { source, quotes } = JSON.parse(readFileSync(join(labels, file), 'utf8')) as { source: string; quotes: unknown };
  // Only the quotes are labelled: the rest of the label is empty, and only the quote lines are printed.
  const label = evalLabel.parse({
    source,
    date: '2000-01-01',
    title: null,
    titleIsHeadline: false,
    mainTopic: 'medtop:04000000',
    otherTopics: [],
    headings: [],
    quotes,
    people: [],
    organisations: [],
    places: [],
  });
  const path = join(root, source);
  if (!existsSync(path)) continue;
  const outcome = ingestFile(readFileSync(path), source);
  if (!outcome.ok) continue;
  const { tally, misses } = scoreArticle(outcome.article, label);
  total = addTallies(total, tally);
  const quoteMisses = misses.filter((miss) => /quote|speaker/.test(miss));
  if (values.verbose && quoteMisses.length) console.log(`\n${source}\n${quoteMisses.map((m) => `  - ${m}`).join('\n')}`);
}
console.log(
  `\n${evalTable([{ name: 'extra speaker articles', tally: total }])
    .split('\n')
    .filter((line) => /^(?:articles|quotation|speaker|other marked)/.test(line))
    .join('\n')}`,
);
