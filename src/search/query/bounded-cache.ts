/**
 * A map that forgets its least recently used entries once their total weight passes `capacity`, so a
 * long reading session that searches many common words keeps the page's memory bounded.
 */
export type BoundedCache<V> = { get(key: string): V | undefined; set(key: string, value: V): void; delete(key: string): void };

export function boundedCache<V>(capacity: number, weigh: (value: V) => number = () => 1): BoundedCache<V> {
  const entries = new Map<string, { value: V; weight: number }>();
  let total = 0;
  const remove = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.weight;
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Map keeps insertion order: moving the entry to the end marks it as the most recently used.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value) {
      remove(key);
      const weight = weigh(value);
      entries.set(key, { value, weight });
      total += weight;
      for (const oldest of entries.keys()) {
        if (total <= capacity || oldest === key) break;
        remove(oldest);
      }
    },
    delete: remove,
  };
}
