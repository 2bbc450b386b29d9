import { AsyncLocalStorage } from 'node:async_hooks';
import { lstat, rm } from 'node:fs/promises';

/** The paths written or removed by the run under way (data-changes.ts), through its async calls. */
const noting = new AsyncLocalStorage<Set<string>>();

/** Runs `work`, adding to `changed` every path written or removed within it. */
export function withNotedChanges<T>(changed: Set<string>, work: () => Promise<T>): Promise<T> {
  return noting.run(changed, work);
}

/** Notes that `path` was written or removed, when called within withNotedChanges. */
export function noteChanged(path: string): void {
  noting.getStore()?.add(path);
}

/** Removes an output file or folder, noting it if it was there. */
export async function removeOutput(path: string, options: { recursive?: boolean } = {}): Promise<void> {
  const there = await lstat(path).then(
    () => true,
    () => false,
  );
  if (!there) return;
  noteChanged(path);
  await rm(path, { force: true, recursive: options.recursive ?? false });
}
