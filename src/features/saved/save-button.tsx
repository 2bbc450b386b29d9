import { useSyncExternalStore } from 'react';
import type { SavedArticle } from './saved-articles-store';
import { peekSavedIds } from './saved-ids-peek';
import styles from './save-button.module.css';
import { loadSavedStore, useSavedStore } from './use-saved-store';

type Props = {
  article: Omit<SavedArticle, 'savedAt'>;
  /** The id of the element naming the article (its title), so "Save" is heard with what it saves. */
  describedBy?: string;
  /** Pinned to the card's lower right corner, above the card-wide link. */
  inCard?: boolean;
};

const noSubscription = () => () => {};

/**
 * A toggle: its name is "Save" or "Saved", and aria-pressed says the same to assistive technology.
 * Until the store's code arrives, the state comes from a direct read of storage, so it is right at once.
 */
export function SaveButton({ article, describedBy, inCard = false }: Props) {
  const store = useSavedStore();
  const snapshot = useSyncExternalStore(store?.subscribe ?? noSubscription, () => store?.getSnapshot() ?? null);
  const saved = snapshot ? snapshot.articles.some((each) => each.id === article.id) : peekSavedIds().has(article.id);
  return (
    <button
      type="button"
      className={inCard ? `${styles.button} ${styles.inCard}` : styles.button}
      aria-pressed={saved}
      aria-describedby={describedBy}
      data-save-button=""
      onClick={() => void loadSavedStore().then((ready) => ready.toggle(article))}
    >
      <svg className={styles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 2h8v12l-4-3-4 3z" />
      </svg>
      {saved ? 'Saved' : 'Save'}
    </button>
  );
}
