import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, release, totalmem, type } from 'node:os';
import type { OutputFiles } from './compressed-files';

/** Issue 6's lighthouse object (scores 0-100), plus blocking time and layout shift, which explain the scores. */
export type LighthouseFigures = {
  listPerformance: number | null;
  listAccessibility: number | null;
  articlePerformance: number | null;
  articleAccessibility: number | null;
  listLcpMs: number | null;
  articleLcpMs: number | null;
  listTbtMs: number | null;
  articleTbtMs: number | null;
  listCls: number | null;
  articleCls: number | null;
  listBenchmarkIndex: number | null;
  articleBenchmarkIndex: number | null;
};

/**
 * One size's figures. The first fields are issue 6's contract, in its order; null means not measured
 * (the step failed, see `errors`, or the feature does not exist yet). Sizes are KB (1,024 bytes) of
 * compressed transfer, memory MB (1,048,576 bytes).
 */
export type BenchRun = {
  articles: number;
  ingestSeconds: number | null;
  ingestArticlesPerSecond: number | null;
  reingestSeconds: number | null;
  criticalJsKB: number | null;
  firstViewKB: number | null;
  firstCardMs: number | null;
  filterMedianMs: number | null;
  filterP95Ms: number | null;
  articleOpenMs: number | null;
  heapMB: number | null;
  /** Issue 8's figures: compressed KB downloaded for a first query (index files and code), and keystroke-to-results. */
  searchFirstQueryKB: number | null;
  searchMedianMs: number | null;
  lighthouse: LighthouseFigures;
  /** Issue 17's figures: compressed data KB of the first view of /people and of the most quoted speaker's page. */
  peopleIndexKB: number | null;
  personPageKB: number | null;
  // Beyond the contract:
  date: string;
  /** The code measured: ingest runs from a copy of src/ made as the benchmark started (code-snapshot.ts). */
  commit: string | null;
  uncommittedFiles: number | null;
  chromium: string | null;
  /**
   * The machine's load average (1 minute) as the browser measurements began: the machine is shared,
   * and timings taken under load are slower than the site is.
   */
  loadAverage: number | null;
  corpusMB: number | null;
  ingestPeakMB: number | null;
  ingestRejected: number | null;
  reingestPeakMB: number | null;
  /** Files the second ingest processed again: 0 when incremental ingest works. */
  reingestProcessed: number | null;
  buildSeconds: number | null;
  /** Issue 20: a build into the same dist/ after 10 articles newer than all others were added (incremental). */
  rebuildAfterAddSeconds: number | null;
  /** The files that rebuild wrote, added or removed (by size and modification time): what a sync uploads. */
  filesChangedAfterAdd: number | null;
  buildPeakMB: number | null;
  /** From navigation start to the list being usable (`<html data-interactive>`); firstCardMs is when it is visible. */
  interactiveMs: number | null;
  /** Each measurement behind the medians: on a shared machine their spread says how far to trust them. */
  firstCardMsSamples: number[] | null;
  articleOpenMsSamples: number[] | null;
  firstViewJsKB: number | null;
  firstViewCssKB: number | null;
  documentKB: number | null;
  firstViewDataFiles: string[] | null;
  /** The part of firstViewKB that started downloading after the list was visible and usable (prefetches on idle). */
  deferredDataKB: number | null;
  filterChanges: number | null;
  filterCountMismatches: number | null;
  heapMBBeforeGc: number | null;
  searchP95Ms: number | null;
  searchQueries: number | null;
  /** The data files the first measured article opening downloaded: the budget is that article's file alone. */
  articleOpenDataFiles: string[] | null;
  articleOpenOnlyItsData: boolean | null;
  /** The data files of those two first views, and whose page was measured. */
  peopleIndexFiles: string[] | null;
  personPageFiles: string[] | null;
  output: OutputFiles | null;
  /** What could not be measured because it is not built yet. */
  notes: string[];
  /** Steps that failed; their figures are null. */
  errors: string[];
};

export type BenchResults = { date: string; machine: Machine; runs: BenchRun[] };

export type Machine = { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string | null };

export function describeMachine(chromium: string | null): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium,
  };
}

/** Writes the runs just measured into the results file, keeping earlier runs of the sizes not measured this time. */
export function saveResults(file: string, machine: Machine, fresh: readonly BenchRun[]): BenchResults {
  const earlier: BenchRun[] = existsSync(file) ? ((JSON.parse(readFileSync(file, 'utf8')) as BenchResults).runs ?? []) : [];
  const sizes = new Set(fresh.map((run) => run.articles));
  const runs = [...earlier.filter((run) => !sizes.has(run.articles)), ...fresh].sort((a, b) => a.articles - b.articles);
  const results: BenchResults = { date: new Date().toISOString(), machine, runs };
  writeFileSync(file, `${JSON.stringify(results, roundNumbers, 2)}\n`);
  return results;
}

/** Figures to one decimal (three for layout shift): more digits would be noise. */
function roundNumbers(key: string, value: unknown): unknown {
  if (typeof value !== 'number' || Number.isInteger(value)) return value;
  return Number(value.toFixed(key.endsWith('Cls') ? 3 : key.endsWith('Seconds') ? 2 : 1));
}
