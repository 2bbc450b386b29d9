/** Where the saved articles are kept in localStorage (saved-articles-store.ts owns the format). */
export const STORAGE_KEY = 'broadsheet:saved:v1';
/** Where the store notes saved entries it had to drop as damaged, to say so once (saved-articles-store.ts). */
export const DAMAGE_KEY = 'broadsheet:saved:damage';

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

/**
 * Whether storage holds anything of the saved articles (saved entries, or a note of damaged ones). On a
 * first visit it does not, and the store's code (its format's validators, about 120 ms of main-thread work
 * at Lighthouse's phone slowdown) has nothing to show: it then loads with the first save instead of while idle.
 * Storage that cannot be read counts as holding something, so the store loads and says what is wrong.
 */
export function storageHoldsSaved(): boolean {
  try {
    const storage = window.localStorage;
    return storage.getItem(STORAGE_KEY) !== null || storage.getItem(DAMAGE_KEY) !== null;
  } catch {
    return true;
  }
}
