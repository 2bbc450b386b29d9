import { Piscina } from 'piscina';
import type { IngestBatch, IngestTaskResult, TaskFile } from './ingest-task';
import { createClockBuffer, currentFile, resetSlot, type TaskClock } from './task-clock';

/** What one file may cost before it is stopped and rejected. */
export type FileLimits = { seconds: number; megabytes: number };

/**
 * An article takes well under a second; 10 s is far past any real one, even on a loaded machine. The
 * heap limit is the worker's whole heap (the NLP model included): a 1 MiB article needs about 300 MB.
 */
export const FILE_LIMITS: FileLimits = { seconds: 10, megabytes: 1024 };

export type PoolOptions = {
  threads: number;
  limits: FileLimits;
  /** The worker module, exporting `ingestBatch` (tests give one that stalls on purpose); ingest-worker.ts by default. */
  worker?: URL;
};

/** Files per message to a worker: fewer round trips, small enough to keep every thread busy to the end. */
const MAX_BATCH = 16;
/** How often the watchdog looks at the running files. */
const WATCH_MS = 100;

type Running = { clock: TaskClock; controller: AbortController; files: TaskFile[]; overran?: number };

/** Worker threads started ahead of their work (startPool, keptPool). */
export type StartedPool = PoolOptions & { pool: Piscina; stop: () => Promise<void> };

/** Worker threads that outlive a run: `stop` (a run's end) leaves them running, `close` ends them. */
export type KeptPool = StartedPool & { close: () => Promise<void> };

/**
 * Starts the worker threads, each loading the ingest code and the NLP model (about 2 s of a core), so that
 * a caller can start them while it works out what there is to do: at 100,000 articles, finding the ten
 * new ones takes seconds of the main thread while the other core is idle. runInPool uses them when they
 * are what it needs, and stops them when there is nothing to do.
 */
export function startPool(options: PoolOptions): StartedPool {
  const { threads, limits, worker = new URL('./ingest-worker.ts', import.meta.url) } = options;
  const pool = new Piscina({
    filename: worker.href,
    name: 'ingestBatch',
    minThreads: threads,
    maxThreads: threads,
    // Workers run the TypeScript sources too: make sure they load them through tsx, whoever started us.
    execArgv: process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
    resourceLimits: { maxOldGenerationSizeMb: limits.megabytes },
    // Piscina's default ('sync') parks an idle worker in Atomics.wait, which stops its event loop: tsx's
    // writes to its transform cache, started as the worker loads the code, were left as empty files, so
    // every worker transformed the ingest code afresh (about 0.5 s of a core each). 'async' waits without
    // blocking the loop; ingesting 10,000 articles takes the same time either way.
    atomics: 'async',
  });
  let stopped: Promise<void> | undefined;
  return { ...options, pool, stop: () => (stopped ??= pool.destroy()) };
}

/**
 * Threads for a caller that runs ingest many times in one process (the ingest tests: each run starting
 * its own thread, which loads the ingest code and the NLP model, was most of their time). Idle threads
 * do not keep the process alive (Piscina unrefs them), but the caller should close them when done.
 */
export function keptPool(options: PoolOptions): KeptPool {
  const started = startPool(options);
  return { ...started, stop: () => Promise.resolve(), close: started.stop };
}

/**
 * Runs the files through worker threads (`started` ones when they are the ones asked for), a batch per task,
 * and hands each result to `accept` as its batch ends. A file that runs longer than the time limit, or whose
 * worker runs out of heap, is rejected with the reason: its worker is stopped and replaced and the rest of its
 * batch runs again. Any other failure of a worker is ingest's own, not the file's: the files under way finish
 * and the error is thrown.
 */
export async function runInPool(
  base: Omit<IngestBatch, 'files' | 'clock'>,
  files: readonly TaskFile[],
  accept: (result: IngestTaskResult) => void,
  options: PoolOptions,
  started?: StartedPool,
): Promise<void> {
  const { threads, limits } = options;
  if (files.length === 0) return started?.stop();
  const reused = started?.threads === threads && started.limits === limits && started.worker === options.worker;
  if (started && !reused) void started.stop();
  const pool = reused ? started.pool : startPool(options).pool;
  // Small enough batches that no thread waits long for the other at the end.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(files.length / (threads * 8))));
  const queue: TaskFile[][] = [];
  for (let start = 0; start < files.length; start += size) queue.push(files.slice(start, start + size));
  // Two tasks a thread: the next batch is waiting when one ends. The clock times files, not the queue.
  const maxRunning = threads * 2;
  const buffer = createClockBuffer(maxRunning);
  const freeSlots = Array.from({ length: maxRunning }, (_, slot) => slot);
  const epoch = Date.now();
  const running = new Set<Running>();
  let failure: { error: unknown } | null = null;

  const stopped = (task: Running, error: unknown): boolean => {
    const outOfMemory = (error as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const index = task.overran ?? (outOfMemory ? currentFile(task.clock)?.index : undefined);
    const file = index === undefined ? undefined : task.files[index];
    if (!file) return false;
    const reason =
      task.overran !== undefined
        ? `took longer than ${limits.seconds} s: stopped (the limit for one file)`
        : `used more than ${limits.megabytes} MB of memory: stopped (the limit for one file)`;
    accept({ source: file.source, ok: false, reason });
    const rest = task.files.filter((_, k) => k !== index);
    if (rest.length) queue.unshift(rest);
    return true;
  };

  try {
    await new Promise<void>((resolve) => {
      const watchdog = setInterval(() => {
        for (const task of running) {
          const now = currentFile(task.clock);
          if (now && now.ms > limits.seconds * 1000 && task.overran === undefined) {
            task.overran = now.index;
            task.controller.abort();
          }
        }
      }, WATCH_MS);
      const pump = () => {
        while (!failure && running.size < maxRunning && queue.length) start(queue.shift()!);
        if (running.size === 0 && (failure || queue.length === 0)) {
          clearInterval(watchdog);
          resolve();
        }
      };
      const start = (batch: TaskFile[]) => {
        const clock: TaskClock = { buffer, slot: freeSlots.pop()!, epoch };
        resetSlot(clock);
        const task: Running = { clock, controller: new AbortController(), files: batch };
        running.add(task);
        (pool.run({ ...base, files: batch, clock }, { signal: task.controller.signal }) as Promise<IngestTaskResult[]>)
          .then(
            (results) => results.forEach(accept),
            (error: unknown) => {
              if (!stopped(task, error)) failure ??= { error };
            },
          )
          .catch((error: unknown) => (failure ??= { error }))
          .finally(() => {
            running.delete(task);
            freeSlots.push(clock.slot);
            pump();
          });
      };
      pump();
    });
  } finally {
    await (reused ? started.stop() : pool.destroy());
  }
  if (failure) throw (failure as { error: unknown }).error;
}
