/** Where the saved articles are kept in localStorage (saved-articles-store.ts owns the format). */
export const STORAGE_KEY = 'broadsheet:saved:v1';

let peeked: ReadonlySet<string> | null = null;

/**
 * The ids saved when the page loaded, read straight from storage: enough for a save button to show
 * "Saved" at once, before the store's code has arrived (it is no part of the first view). Any problem
 * reads as nothing saved; the store reports it once it loads.
 */
export function peekSavedIds(): ReadonlySet<string> {
  if (peeked) return peeked;
  let ids: string[] = [];
  try {
    const entries: unknown = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(entries)) ids = entries.map((entry: { id?: unknown } | null) => entry?.id).filter((id) => typeof id === 'string');
  } catch {
    // Storage unavailable or unreadable: nothing saved, as far as a first paint can tell.
  }
  peeked = new Set(ids);
  return peeked;
}
