/**
 * Resolves in a later task, so the work after it does not lengthen the current one: a long task keeps
 * the page from answering a tap (Total Blocking Time). `scheduler.yield` where the browser has it (it
 * resumes ahead of other queued work), a zero timeout elsewhere.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
