import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './bench-paths';
import { processTreeResidentBytes } from './process-tree-memory';

export type MeasuredRun = {
  exitCode: number | null;
  seconds: number;
  /** Peak resident memory in MB: the process's own high-water mark, or the process tree's summed peak if higher. */
  peakMB: number;
  output: string;
  timedOut: boolean;
  /** Where the whole output was written. */
  logFile: string;
};

/**
 * Loaded into the measured process: when it exits, it writes its peak resident memory (which counts
 * its worker threads: they share the process) to BENCH_PEAK_MEMORY_FILE. Exact, unlike polling /proc,
 * which can miss the last moments. A data: URL, because a .ts file cannot be preloaded beside tsx.
 */
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  "import { writeFileSync } from 'node:fs';" +
    'const target = process.env.BENCH_PEAK_MEMORY_FILE;' +
    "if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));",
)}`;
const POLL_MS = 100;
const MIB = 1024 * 1024;

/**
 * Runs `node --import tsx <args>` from the repository root (the command npm run would start, without
 * npm's own process in the figures) and measures its wall time and peak memory. Past `timeoutMs`
 * the whole process group is stopped. `tsx: false` runs plain `node <args>`, as `npm run build` runs Vite:
 * tsx's loader in Vite's process (and its worker threads) made the rebuild after ten added articles at
 * 100,000 articles 1.3 and 4.0 s slower (two pairs) than the build people run.
 */
export function runMeasured(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; timeoutMs: number; logFile: string; tsx?: boolean },
): Promise<MeasuredRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-peak-'));
  const peakFile = join(scratch, 'peak');
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.tsx === false ? [] : ['--import', 'tsx']), '--import', PRELOAD, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env, BENCH_PEAK_MEMORY_FILE: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  let treePeak = 0;
  const poll = setInterval(() => {
    if (child.pid) treePeak = Math.max(treePeak, processTreeResidentBytes(child.pid));
  }, POLL_MS);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);

  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(poll);
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      let ownPeak = 0;
      try {
        ownPeak = Number(readFileSync(peakFile, 'utf8'));
      } catch {
        // Killed processes write nothing: the polled figure stands.
      }
      rmSync(scratch, { recursive: true, force: true });
      mkdirSync(dirname(options.logFile), { recursive: true });
      writeFileSync(options.logFile, output);
      resolve({ exitCode, seconds, peakMB: Math.max(ownPeak, treePeak) / MIB, output, timedOut, logFile: options.logFile });
    });
  });
}
