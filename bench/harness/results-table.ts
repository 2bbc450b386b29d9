import type { BenchRun } from './bench-results';

type Column = { title: string; value: (run: BenchRun) => number | string | null | undefined; digits?: number };

const COLUMNS: Column[] = [
  { title: 'articles', value: (run) => run.articles },
  { title: 'ingest s', value: (run) => run.ingestSeconds, digits: 1 },
  { title: 'art/s', value: (run) => run.ingestArticlesPerSecond, digits: 0 },
  { title: 'reingest s', value: (run) => run.reingestSeconds, digits: 1 },
  { title: 'ingest MB', value: (run) => run.ingestPeakMB, digits: 0 },
  { title: 'critical JS KB', value: (run) => run.criticalJsKB, digits: 1 },
  { title: 'first view KB', value: (run) => run.firstViewKB, digits: 1 },
  { title: 'first card ms', value: (run) => run.firstCardMs, digits: 0 },
  { title: 'usable ms', value: (run) => run.interactiveMs, digits: 0 },
  {
    title: 'filter med/p95 ms',
    value: (run) => (run.filterMedianMs === null ? null : `${run.filterMedianMs.toFixed(0)}/${run.filterP95Ms?.toFixed(0)}`),
  },
  { title: 'open ms', value: (run) => run.articleOpenMs, digits: 0 },
  { title: 'heap MB', value: (run) => run.heapMB, digits: 1 },
  { title: 'search KB', value: (run) => run.searchFirstQueryKB, digits: 1 },
  { title: 'search ms', value: (run) => run.searchMedianMs, digits: 0 },
  { title: 'LH perf list/art', value: (run) => pair(run.lighthouse.listPerformance, run.lighthouse.articlePerformance) },
  { title: 'LH a11y list/art', value: (run) => pair(run.lighthouse.listAccessibility, run.lighthouse.articleAccessibility) },
  { title: 'LCP ms list/art', value: (run) => pair(run.lighthouse.listLcpMs, run.lighthouse.articleLcpMs) },
  { title: 'largest file KB', value: (run) => run.output?.largestFileKB, digits: 1 },
  { title: 'build s', value: (run) => run.buildSeconds, digits: 1 },
  { title: 'rebuild +10 s', value: (run) => run.rebuildAfterAddSeconds, digits: 1 },
  { title: 'files changed +10', value: (run) => run.filesChangedAfterAdd },
  { title: 'people KB', value: (run) => run.peopleIndexKB, digits: 1 },
  { title: 'person KB', value: (run) => run.personPageKB, digits: 1 },
];

/** The runs as a Markdown table, for the terminal and for the README's Performance section. */
export function resultsTable(runs: readonly BenchRun[]): string {
  const rows = runs.map((run) => COLUMNS.map((column) => cell(column, run)));
  const widths = COLUMNS.map((column, index) => Math.max(column.title.length, ...rows.map((row) => (row[index] as string).length)));
  const line = (cells: string[]) => `| ${cells.map((text, index) => text.padStart(widths[index] as number)).join(' | ')} |`;
  return [
    line(COLUMNS.map((column) => column.title)),
    `|${widths.map((width) => `${'-'.repeat(width + 1)}:`).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function cell(column: Column, run: BenchRun): string {
  const value = column.value(run);
  if (value === null || value === undefined) return '-';
  return typeof value === 'number' && column.digits !== undefined ? value.toFixed(column.digits) : String(value);
}

function pair(a: number | null, b: number | null): string | null {
  return a === null && b === null ? null : `${a ?? '-'}/${b ?? '-'}`;
}
