import type { Page } from 'playwright-core';

export type ResourceEntry = { path: string; startTime: number; bytes: number };

/**
 * What the page has downloaded so far, from the Resource Timing API: each resource's compressed body
 * size as it came over the wire (encodedBodySize), by path. Same-origin only, which is all the reader loads.
 */
export async function resourceEntries(page: Page): Promise<ResourceEntry[]> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return entries.map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime, bytes: entry.encodedBodySize }));
  });
}

export async function documentBytes(page: Page): Promise<number> {
  return page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.encodedBodySize ?? 0,
  );
}

export type ResourceKind = 'js' | 'css' | 'data' | 'other';

export function kindOf(path: string): ResourceKind {
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.includes('/data/')) return 'data';
  return 'other';
}

export function kilobytes(entries: readonly { bytes: number }[]): number {
  return entries.reduce((total, entry) => total + entry.bytes, 0) / 1024;
}
