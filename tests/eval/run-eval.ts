/**
 * npm run eval [-- --verbose] [-- --only <text>]
 *
 * Runs the real per-file ingest on every labelled article (tests/eval/labels/) and prints how close it
 * comes to the labels: quotations, speakers, topics, headings, titles, entities and, for scraped-style
 * files, junk lines. `--verbose` lists every miss per file; `--only <text>` keeps the files whose path has it;
 * `--given-quotes` cuts the labelled quotations out of the text first, to measure speakers on their own.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/article/article-schema';
import { readCommandLine } from '../../scripts/command-line';
import { loadLabels, type EvalLabel } from './eval-label';
import { withLabelledQuotes } from './given-quotes';
import { evalTable } from './eval-table';
import { addTallies, emptyTally, scoreArticle, type Tally } from './score-article';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const USAGE = `usage: npm run eval [-- --verbose] [--only <path part>] [--given-quotes]

Ingests every labelled article (tests/eval/labels/) and prints how close it comes to the labels.
  -v, --verbose     list every miss, file by file
  --only <text>     only the labelled files whose path contains <text>
  --given-quotes    cut the labelled quotations out first, to score speakers on their own
Exits 0, or 1 when a label or its source cannot be read or ingest rejects a source.`;
const values = readCommandLine(USAGE, {
  verbose: { type: 'boolean', short: 'v' },
  only: { type: 'string' },
  'given-quotes': { type: 'boolean' },
});
// Ingest and the NLP model (seconds to load), once the command line is known good: --help needs neither.
const { ingestFile } = await import('../../src/ingest/ingest-file');
const { understand } = await import('../../src/ingest/understand/understand');
const { reportRealSet } = await import('./real/report-real');

let all = emptyTally();
let messy = emptyTally();
let written = emptyTally();
const problems: string[] = [];
const started = performance.now();

for (const loaded of loadLabels(join(root, 'tests/eval/labels'))) {
  if ('error' in loaded) {
    problems.push(`${loaded.file}: bad label: ${loaded.error}`);
    continue;
  }
  const { label } = loaded;
  if (values.only && !label.source.includes(values.only)) continue;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(root, label.source));
  } catch {
    problems.push(`${loaded.file}: source ${label.source} cannot be read`);
    continue;
  }
  const outcome = ingestFile(bytes, label.source);
  if (!outcome.ok) {
    problems.push(`${label.source}: rejected: ${outcome.reason.split('\n')[0]}`);
    continue;
  }
  const article = values['given-quotes'] ? withGivenQuotes(outcome.article, label) : outcome.article;
  const { tally, misses } = scoreArticle(article, label);
  all = addTallies(all, tally);
  if (label.source.startsWith('content/messy/')) messy = addTallies(messy, tally);
  else written = addTallies(written, tally);
  if (values.verbose && misses.length) console.log(`\n${label.source}\n${misses.map((miss) => `  - ${miss}`).join('\n')}`);
}

const columns: { name: string; tally: Tally }[] = [
  { name: 'all', tally: all },
  { name: 'messy', tally: messy },
  { name: 'not messy', tally: written },
];
console.log(`\n${evalTable(columns)}\n`);
console.log(`${all.articles} labelled articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
problems.push(...reportRealSet(root, values));
for (const problem of problems) console.error(problem);
process.exitCode = problems.length ? 1 : 0;

/** The article as understanding sees it when the quotations are exactly the labelled ones. */
function withGivenQuotes(article: Article, label: EvalLabel): Article {
  const { blocks } = withLabelledQuotes(article.blocks, label.quotes);
  const understood = understand({ title: article.title, blocks });
  return { ...article, blocks: understood.blocks };
}
