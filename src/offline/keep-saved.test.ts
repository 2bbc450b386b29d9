import { describe, expect, it } from 'vitest';
import { keepSaved } from './keep-saved';
import { articleUrls, SAVED_CACHE } from './offline-contract';

const scope = 'https://news.example/';

/** Node's Request and Response, in a Map standing for one cache of the Cache API (what keepSaved uses of it). */
function memoryCaches() {
  const entries = new Map<string, Response>();
  const cache = {
    keys: async () => [...entries.keys()].map((url) => new Request(url)),
    delete: async (url: string) => entries.delete(url),
    put: async (url: string, response: Response) => void entries.set(url, response),
  };
  const opened: string[] = [];
  const storage = {
    open: async (name: string) => {
      opened.push(name);
      return cache;
    },
  } as unknown as CacheStorage;
  return { storage, entries, opened };
}

describe('keepSaved', () => {
  it('fetches the saved articles missing from the cache, deletes the unsaved, and counts what failed', async () => {
    const { storage, entries, opened } = memoryCaches();
    const old = articleUrls(scope, 'unsaved-now');
    entries.set(old.page, new Response('old'));
    entries.set(old.data, new Response('{}'));
    const kept = articleUrls(scope, 'kept');
    entries.set(kept.page, new Response('kept page'));
    const fetched: string[] = [];
    const fetchFile = (async (url: string) => {
      fetched.push(url);
      return url.includes('gone') ? new Response('', { status: 404 }) : new Response(`fresh ${url}`);
    }) as typeof fetch;

    const result = await keepSaved(storage, scope, ['kept', 'new-one', 'gone'], fetchFile);

    expect(opened).toEqual([SAVED_CACHE]);
    const fresh = articleUrls(scope, 'new-one');
    expect(fetched.sort()).toEqual(
      [kept.data, fresh.page, fresh.data, articleUrls(scope, 'gone').page, articleUrls(scope, 'gone').data].sort(),
    );
    expect([...entries.keys()].sort()).toEqual([kept.page, kept.data, fresh.page, fresh.data].sort());
    expect(result).toEqual({ kept: 4, missing: 2 });
  });

  it('counts a failed fetch (offline) as missing, to be fetched with the next message', async () => {
    const { storage, entries } = memoryCaches();
    const fetchFile = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await keepSaved(storage, scope, ['a'], fetchFile)).toEqual({ kept: 0, missing: 2 });
    expect(entries.size).toBe(0);
  });
});
