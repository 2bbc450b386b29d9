/**
 * Saved articles, kept in the browser (localStorage) and in step across open tabs (the `storage` event).
 *
 * Each entry keeps what the /saved list needs to show an article even after it has left the corpus
 * (title, date), so a saved article is never silently dropped. When storage cannot be used (private
 * mode, quota full, disabled) the store keeps working in memory and says so through `storageProblem`.
 *
 * What storage and imported files hold is untrusted: every entry is checked (saved-entry.ts), each id kept
 * once. Stored data found damaged is repaired at once (what can be read is kept and written back), and
 * `damage` says so on /saved until the reader dismisses it.
 */

import { readArticlesNow, writeReadArticles, type ReadArticles } from '@/data/read-articles';
import { objectsInDamagedJson } from './damaged-json';
import { exportedReadState, withImportedReadState } from './imported-read-state';
import { readSavedEntries } from './saved-entry';
import { DAMAGE_KEY, STORAGE_KEY } from './saved-ids-peek';
import { damageMessage, IMPORT_LIMIT, type ImportReport } from './saved-messages';

/** Where a damage notice waits for the reader to see it on /saved, whichever page found the damage. */

export type SavedArticle = { id: string; title: string; date: string; savedAt: string };

export type SavedSnapshot = {
  /** Newest saved first. */
  articles: readonly SavedArticle[];
  /** A sentence for the reader when saved articles cannot be kept beyond this tab; null when all is well. */
  storageProblem: string | null;
  /** A sentence for /saved when the saved data in storage was found damaged and repaired; null when not (or dismissed). */
  damage: string | null;
};

const EXPORT_FORMAT = 'broadsheet-saved-articles';

export type SavedArticlesStore = {
  getSnapshot(): SavedSnapshot;
  subscribe(listener: () => void): () => void;
  isSaved(id: string): boolean;
  save(article: Omit<SavedArticle, 'savedAt'>): void;
  remove(id: string): void;
  toggle(article: Omit<SavedArticle, 'savedAt'>): void;
  /** The saved articles, and which articles were read, as a JSON document for a file download. */
  exportJson(): string;
  /**
   * Adds the good entries of an exported document (its first IMPORT_LIMIT entries; ones already saved are
   * kept as they are) and its read state to this browser's, and says what it did; throws, changing
   * nothing, when the text is not an export.
   */
  importJson(text: string): ImportReport;
  /** The reader has read the damage notice. */
  dismissDamage(): void;
};

/** The browser's read state (src/data/read-articles.ts), which exports and imports carry along. */
export type ReadStateAccess = { get(): ReadArticles; set(next: ReadArticles): void };

const browserReadState: ReadStateAccess = { get: readArticlesNow, set: writeReadArticles };

export function createSavedArticlesStore(
  storage: Storage | null,
  eventTarget: Pick<Window, 'addEventListener' | 'removeEventListener'> | null,
  now: () => Date = () => new Date(),
  readState: ReadStateAccess = browserReadState,
): SavedArticlesStore {
  const listeners = new Set<() => void>();
  let snapshot: SavedSnapshot = { articles: [], storageProblem: null, damage: null };
  // The stored text last read or written: unchanged, it is not checked again (a tab reads it often).
  let lastRaw: string | null = null;
  snapshot = readFromStorage();

  function readFromStorage(): SavedSnapshot {
    if (!storage) return { ...snapshot, storageProblem: UNAVAILABLE };
    let raw: string | null;
    let damage: string | null;
    try {
      raw = storage.getItem(STORAGE_KEY);
      damage = storage.getItem(DAMAGE_KEY);
    } catch {
      return { ...snapshot, storageProblem: UNAVAILABLE };
    }
    if (raw !== null && raw === lastRaw) {
      return snapshot.storageProblem === null && snapshot.damage === damage ? snapshot : { ...snapshot, storageProblem: null, damage };
    }
    const stored = parseStored(raw);
    if (!stored.damaged) {
      lastRaw = raw;
      return { articles: stored.entries, storageProblem: null, damage };
    }
    // Damaged: keep every entry that can be read, and those this tab holds (another tab's write may have
    // broken the stored list after this one read it), then write the repaired list back.
    const articles = union(stored.entries, snapshot.articles);
    const notice = damageMessage(articles.length, stored.leftOut);
    return { articles, storageProblem: write(articles, notice), damage: notice };
  }

  /** Stores the list (and a damage notice, if any); returns the storage problem, null when it worked. */
  function write(articles: readonly SavedArticle[], damage?: string): string | null {
    if (!storage) return UNAVAILABLE;
    try {
      const raw = JSON.stringify(articles);
      storage.setItem(STORAGE_KEY, raw);
      lastRaw = raw;
      if (damage) storage.setItem(DAMAGE_KEY, damage);
      return null;
    } catch (error) {
      return isQuotaError(error) ? FULL : UNAVAILABLE;
    }
  }

  function commit(articles: readonly SavedArticle[]) {
    snapshot = { ...snapshot, articles, storageProblem: write(articles) };
    for (const listener of listeners) listener();
  }

  /** The saved articles as stored now: another tab may have changed them since (its event can still be on the way). */
  function latest(): readonly SavedArticle[] {
    // Not when storage failed: the list in memory is then the only true one.
    if (snapshot.storageProblem === null) snapshot = readFromStorage();
    return snapshot.articles;
  }

  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    // key is null when another tab cleared all storage.
    if (key !== null && key !== STORAGE_KEY && key !== DAMAGE_KEY) return;
    snapshot = readFromStorage();
    for (const listener of listeners) listener();
  };

  const store: SavedArticlesStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) {
        eventTarget?.addEventListener('storage', onStorage);
        // Nobody listened for a while (a page without save buttons): another tab may have changed them.
        latest();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) eventTarget?.removeEventListener('storage', onStorage);
      };
    },
    isSaved: (id) => idsOf(snapshot.articles).has(id),
    save(article) {
      const current = latest();
      if (idsOf(current).has(article.id)) return;
      commit([{ ...article, savedAt: now().toISOString() }, ...current]);
    },
    remove(id) {
      commit(latest().filter((article) => article.id !== id));
    },
    toggle(article) {
      if (idsOf(latest()).has(article.id)) store.remove(article.id);
      else store.save(article);
    },
    exportJson() {
      const document = {
        format: EXPORT_FORMAT,
        version: 1,
        exportedAt: now().toISOString(),
        articles: snapshot.articles,
        read: exportedReadState(readState.get()),
      };
      return `${JSON.stringify(document, null, 2)}\n`;
    },
    importJson(text) {
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        throw new Error('That file is not JSON, so nothing was imported.');
      }
      const candidate = document as { format?: unknown; articles?: unknown; read?: unknown };
      if (candidate?.format !== EXPORT_FORMAT || !Array.isArray(candidate.articles)) {
        throw new Error('That file is not a Broadsheet export of saved articles, so nothing was imported.');
      }
      const { entries, bad, repeated } = readSavedEntries(candidate.articles.slice(0, IMPORT_LIMIT));
      const current = latest();
      const known = idsOf(current);
      const added = entries.filter((article) => !known.has(article.id));
      if (added.length > 0) commit(sortNewestSavedFirst([...current, ...added]));
      // Exports made before read state was carried have none: that is no fault of the file.
      const read = withImportedReadState(readState.get(), candidate.read);
      if (read && (read.report.marked > 0 || read.report.allUpTo !== null)) readState.set(read.next);
      return {
        added: added.length,
        alreadySaved: entries.length - added.length,
        bad,
        repeated,
        listed: candidate.articles.length,
        read: read?.report ?? null,
      };
    },
    dismissDamage() {
      try {
        storage?.removeItem(DAMAGE_KEY);
      } catch {
        // Storage failed: the notice goes for this tab all the same.
      }
      snapshot = { ...snapshot, damage: null };
      for (const listener of listeners) listener();
    },
  };
  return store;
}

const UNAVAILABLE =
  'This browser is not letting Broadsheet store anything (private browsing, or storage turned off): saved articles last only until this tab closes.';
const FULL = 'This browser’s storage for Broadsheet is full: the latest change to your saved articles lasts only until this tab closes.';

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

type Stored = { entries: SavedArticle[]; damaged: boolean; leftOut: number };

/**
 * The stored text -> the saved articles. Damaged: text that is not a JSON list, or holds entries that are not
 * saved articles or repeat one; every entry that can still be read is kept, and leftOut counts the others
 * (those lost inside JSON that no longer parses cannot be counted).
 */
function parseStored(raw: string | null): Stored {
  if (raw === null) return { entries: [], damaged: false, leftOut: 0 };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const whole = Array.isArray(value);
  const { entries, bad, repeated } = readSavedEntries(Array.isArray(value) ? value : objectsInDamagedJson(raw));
  return { entries, damaged: !whole || bad + repeated > 0, leftOut: bad + repeated };
}

/** The first list's entries, then those of the second it lacks, newest saved first. */
function union(first: readonly SavedArticle[], second: readonly SavedArticle[]): SavedArticle[] {
  const ids = idsOf(first);
  return sortNewestSavedFirst([...first, ...second.filter((article) => !ids.has(article.id))]);
}

const idSets = new WeakMap<readonly SavedArticle[], ReadonlySet<string>>();

/** The ids of a list, worked out once per list: a page of save buttons asks for each of its cards. */
function idsOf(articles: readonly SavedArticle[]): ReadonlySet<string> {
  let ids = idSets.get(articles);
  if (!ids) {
    ids = new Set(articles.map((article) => article.id));
    idSets.set(articles, ids);
  }
  return ids;
}

function sortNewestSavedFirst(articles: SavedArticle[]): SavedArticle[] {
  return [...articles].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}
