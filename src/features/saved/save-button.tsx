import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import type { SavedArticle } from './saved-articles-store';
import { peekSavedIds } from './saved-ids-peek';
import styles from './save-button.module.css';
import { loadSavedStore, useSavedStore } from './use-saved-store';

type Props = {
  article: Omit<SavedArticle, 'savedAt'>;
  /** The id of the element naming the article (its title), so "Save" is heard with what it saves. */
  describedBy?: string;
  /** An icon button at the end of a card's meta line, above the card-wide link. */
  inCard?: boolean;
  /** False where the page already states a storage problem (/saved). */
  announceStorageProblem?: boolean;
};

const noSubscription = () => () => {};
/** Nothing saved: what a page drawn at build time shows, and so what hydrating it must draw first. */
const NOTHING_SAVED: ReadonlySet<string> = new Set();
const nothingSaved = () => NOTHING_SAVED;
// Rarely needed: its code loads only when storage fails.
const StorageNotice = lazy(async () => ({ default: (await import('./storage-notice')).StorageNotice }));

/**
 * A toggle: its name is "Save" or "Saved", and aria-pressed says the same to assistive technology.
 * Until the store's code arrives, the state comes from a direct read of storage, so it is right at once.
 * When storage fails, the click still saves (for this tab) and a notice says so.
 */
export function SaveButton({ article, describedBy, inCard = false, announceStorageProblem = true }: Props) {
  const store = useSavedStore();
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noSubscription,
    () => store?.getSnapshot() ?? null,
    () => null,
  );
  const peeked = useSyncExternalStore(noSubscription, peekSavedIds, nothingSaved);
  const saved = snapshot ? snapshot.articles.some((each) => each.id === article.id) : peeked.has(article.id);
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = async () => {
    const ready = await loadSavedStore();
    ready.toggle(article);
    if (announceStorageProblem) setProblem(ready.getSnapshot().storageProblem);
  };
  return (
    <>
      <button
        type="button"
        className={inCard ? `${styles.button} ${styles.inCard}` : styles.button}
        aria-pressed={saved}
        aria-describedby={describedBy}
        data-save-button=""
        onClick={() => void toggle()}
        // A hand on its way to the button: fetch the store now, so the click saves without waiting for code.
        onPointerEnter={() => void loadSavedStore()}
        onFocus={() => void loadSavedStore()}
      >
        <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 2h8v12l-4-3-4 3z" />
        </svg>
        <span className={inCard ? 'visually-hidden' : undefined}>{saved ? 'Saved' : 'Save'}</span>
      </button>
      {problem && (
        <Suspense fallback={null}>
          <StorageNotice text={problem} onDismiss={() => setProblem(null)} />
        </Suspense>
      )}
    </>
  );
}
