/**
 * The real set's part of `npm run eval`: ingests every labelled real article (tests/eval/real/labels/) and scores it
 * like the team's own set, reported apart for the dev and the held-out split (tests/eval/real/sources.json).
 * The article texts are built, not committed (tests/eval/real/README.md): when none is there the real set is
 * reported as not built, which is not a failure.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../../../src/ingest/ingest-file';
import { loadLabels, type EvalLabel } from '../eval-label';
import { addTallies, emptyTally, scoreArticle, type Tally } from '../score-article';
import { loadRealSources } from './real-sources';

export type RealSetResult = {
  columns: { name: string; tally: Tally }[];
  /** files that could not be scored, with the reason */
  problems: string[];
  /** labelled articles whose text is not built */
  missing: number;
  verbose: string[];
};

export function evaluateRealSet(root: string, options: { only?: string; verbose?: boolean } = {}): RealSetResult {
  const splits = new Map(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((s) => [s.file, s.split]));
  const tallies = { dev: emptyTally(), heldout: emptyTally() };
  const problems: string[] = [];
  const verbose: string[] = [];
  let missing = 0;
  const labelDir = join(root, 'tests/eval/real/labels');
  for (const loaded of existsSync(labelDir) ? loadLabels(labelDir) : []) {
    if ('error' in loaded) {
      problems.push(`real/${loaded.file}: bad label: ${loaded.error}`);
      continue;
    }
    const { label } = loaded;
    if (options.only && !label.source.includes(options.only)) continue;
    const split = splits.get(label.source);
    if (!split) {
      problems.push(`real/${loaded.file}: ${label.source} is not in tests/eval/real/sources.json`);
      continue;
    }
    const path = join(root, label.source);
    if (!existsSync(path)) {
      missing += 1;
      continue;
    }
    const bytes = readFileSync(path);
    const missingText = labelledTextsMissing(label, bytes.toString('utf8'));
    if (missingText.length) problems.push(`real/${loaded.file}: not in ${label.source}: ${missingText.join(' | ')}`);
    const outcome = ingestFile(bytes, label.source);
    if (!outcome.ok) {
      problems.push(`${label.source}: rejected: ${outcome.reason.split('\n')[0]}`);
      continue;
    }
    const { tally, misses } = scoreArticle(outcome.article, label);
    tallies[split] = addTallies(tallies[split], tally);
    if (options.verbose && misses.length) verbose.push(`\n${label.source} (${split})\n${misses.map((m) => `  - ${m}`).join('\n')}`);
  }
  return {
    columns: [
      { name: 'real dev', tally: tallies.dev },
      { name: 'real held-out', tally: tallies.heldout },
    ],
    problems,
    missing,
    verbose,
  };
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Labelled texts (headline, headings, quotes, junk lines) that the article does not contain: a label gone stale. */
function labelledTextsMissing(label: EvalLabel, article: string): string[] {
  const whole = squash(article);
  const texts = [label.title ?? '', ...label.headings, ...label.quotes.map((q) => q.text), ...(label.junk ?? []).map((j) => j.text)];
  return texts.filter((text) => text && !whole.includes(squash(text))).map((text) => `"${text.slice(0, 40)}"`);
}
