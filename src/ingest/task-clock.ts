/**
 * A clock shared between the pool and its worker threads: per task slot, which file of its batch the
 * worker is on (1-based; 0 when none) and since when (ms after `epoch`). The worker writes it before
 * each file; the pool's watchdog reads it. Only the time a file has been running counts: not the time
 * its batch waited in the queue, nor a new worker's start-up.
 */
export type TaskClock = { buffer: SharedArrayBuffer; slot: number; epoch: number };

export const createClockBuffer = (slots: number) => new SharedArrayBuffer(slots * 2 * Int32Array.BYTES_PER_ELEMENT);

export function markFileStarted({ buffer, slot, epoch }: TaskClock, index: number): void {
  const view = new Int32Array(buffer);
  Atomics.store(view, slot * 2 + 1, Date.now() - epoch);
  Atomics.store(view, slot * 2, index + 1);
}

export function markBatchDone({ buffer, slot }: TaskClock): void {
  Atomics.store(new Int32Array(buffer), slot * 2, 0);
}

/** The file the slot's worker is on and for how many ms, or null when it is on none. */
export function currentFile({ buffer, slot, epoch }: TaskClock): { index: number; ms: number } | null {
  const view = new Int32Array(buffer);
  const file = Atomics.load(view, slot * 2);
  if (file === 0) return null;
  return { index: file - 1, ms: Date.now() - epoch - Atomics.load(view, slot * 2 + 1) };
}

export function resetSlot({ buffer, slot }: TaskClock): void {
  const view = new Int32Array(buffer);
  Atomics.store(view, slot * 2, 0);
  Atomics.store(view, slot * 2 + 1, 0);
}
