import { articleUrls, SAVED_CACHE } from './offline-contract';

/** Fetches at most this many files at once: an import can save thousands of articles in one go. */
const AT_ONCE = 4;

/**
 * Makes the saved cache hold exactly the saved articles' pages and data files: copies of articles no
 * longer saved are deleted, missing ones fetched (a failed fetch, offline say, is tried again with the
 * next message). Files already kept are not fetched again. Returns how many files are kept and missing.
 */
export async function keepSaved(
  cacheStorage: CacheStorage,
  scope: string,
  ids: readonly string[],
  fetchFile: typeof fetch,
): Promise<{ kept: number; missing: number }> {
  const cache = await cacheStorage.open(SAVED_CACHE);
  const wanted = new Set(ids.flatMap((id) => Object.values(articleUrls(scope, id))));
  const held = (await cache.keys()).map((request) => request.url);
  await Promise.all(held.filter((url) => !wanted.has(url)).map((url) => cache.delete(url)));
  const heldSet = new Set(held);
  const queue = [...wanted].filter((url) => !heldSet.has(url));
  let missing = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      try {
        const response = await fetchFile(url, { cache: 'no-cache' });
        if (response.ok) await cache.put(url, response);
        else missing += 1;
      } catch {
        missing += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return { kept: wanted.size - missing, missing };
}
