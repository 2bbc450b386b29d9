import { evalTable } from '../eval-table';
import { evaluateRealSet } from './run-real';

/** Prints the real set's table (dev and held-out apart) and returns the problems to report. */
export function reportRealSet(root: string, options: { only?: string; verbose?: boolean }): string[] {
  const result = evaluateRealSet(root, options);
  for (const block of result.verbose) console.log(block);
  const scored = result.columns.reduce((sum, column) => sum + column.tally.articles, 0);
  console.log(`\nReal news (tests/eval/real): ${scored} labelled articles scored`);
  if (scored) console.log(`\n${evalTable(result.columns)}\n`);
  if (result.missing) {
    console.log(
      `${result.missing} labelled real articles are not built: npx tsx scripts/real-news/build-real-set.ts --from <dir> ` +
        '(tests/eval/real/README.md)',
    );
  }
  return result.problems;
}
