/**
 * npx tsx tests/fuzz/time-fuzz-files.ts --in <folder> [--top 25] [--only <substring>]
 *
 * Ingests every file of a folder one at a time in this one thread (no pool, nothing written) and prints
 * the CPU time each took, slowest first, with the total. CPU time, not wall time: on a shared machine
 * wall time says more about the neighbours than about ingest. For finding which fuzzed files are slow
 * (make-fuzz-corpus.ts) before profiling one of them with `npx tsx --cpu-prof`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitWith, readCommandLine, usageError } from '../../scripts/command-line';
import { scanSources } from '../../src/ingest/find-sources';
import { ingestFile } from '../../src/ingest/ingest-file';

const USAGE = `usage: npx tsx tests/fuzz/time-fuzz-files.ts --in <folder> [--top <n>] [--only <text>]

Ingests every file of a folder one at a time in this one thread (nothing written) and prints the CPU time each took,
slowest first, with the total: which fuzzed files (make-fuzz-corpus.ts) are slow.
  --in <folder>  the folder of input files
  --top <n>      how many of the slowest to list (default 25)
  --only <text>  only the files whose path contains <text>`;
const values = readCommandLine(USAGE, { in: { type: 'string' }, top: { type: 'string' }, only: { type: 'string' } });
if (!values.in) exitWith(usageError(USAGE, '--in <folder> is needed'));

const inDir = values.in;
const { sources } = await scanSources(inDir);
const timings: Array<{ source: string; ms: number; kb: number; outcome: string }> = [];
for (const source of sources.filter((path) => !values.only || path.includes(values.only))) {
  const bytes = readFileSync(join(inDir, source));
  const before = process.cpuUsage();
  const outcome = ingestFile(bytes, source);
  const used = process.cpuUsage(before);
  timings.push({
    source,
    ms: (used.user + used.system) / 1000,
    kb: bytes.length / 1000,
    outcome: outcome.ok ? 'written' : `rejected: ${outcome.reason.slice(0, 60)}`,
  });
}

timings.sort((a, b) => b.ms - a.ms);
const total = timings.reduce((sum, { ms }) => sum + ms, 0);
for (const { source, ms, kb, outcome } of timings.slice(0, Number(values.top ?? 25))) {
  console.log(`${(ms / 1000).toFixed(2).padStart(7)} s  ${kb.toFixed(0).padStart(5)} KB  ${source.slice(0, 60)}  ${outcome}`);
}
console.log(`${timings.length} files, ${(total / 1000).toFixed(1)} s of CPU in ingestFile`);
