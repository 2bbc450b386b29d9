import { vi } from 'vitest';
import type { IngestedSite } from './ingested-site';

/** A response to use instead of a file's, or a function of the request count for that file. */
export type Override = Response | ((attempt: number) => Response | Promise<Response>);

export type ServedSite = {
  /** Paths below data/ that were requested, in order. */
  requests: string[];
};

/**
 * Stubs fetch with the site's data files, answered as scripts/serve.ts answers them: the file, or a
 * real 404. Any request outside data/ fails the test, as would a request to another host.
 */
export function serveSite(site: IngestedSite, overrides: Record<string, Override> = {}): ServedSite {
  const requests: string[] = [];
  const attempts = new Map<string, number>();
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost/');
    if (url.origin !== 'http://localhost' || !url.pathname.startsWith('/data/')) {
      throw new Error(`The reader requested ${url.href}, outside the site's data`);
    }
    const path = decodeURIComponent(url.pathname.slice('/data/'.length));
    requests.push(path);
    const attempt = (attempts.get(path) ?? 0) + 1;
    attempts.set(path, attempt);
    const override = overrides[path];
    if (override) return typeof override === 'function' ? override(attempt) : override.clone();
    const body = site.files.get(path);
    if (body === undefined) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return { requests };
}
