import { lazy, Suspense } from 'react';
import type { CardArticle } from '@/ui/card-actions';
import saveStyles from '@/features/saved/save-button.module.css';

// Save acts only once the reader's code runs: its code (the button and the saved store's client) loads
// after the list's first paint, not with it (the list's critical JS budget).
const SaveButton = lazy(async () => ({ default: (await import('@/features/saved/save-button')).SaveButton }));

/**
 * Each card's actions on the list: Save (features/saved), described by the card's title. Until the
 * first paint is on screen (and in the page drawn at build time), the same button, inert: the card is
 * laid out the same and nothing moves when the working one takes its place.
 */
export function listSaveAction(painted: boolean) {
  return function saveAction(article: CardArticle, titleId: string) {
    const placeholder = <InertSaveButton describedBy={titleId} />;
    // The boundary is there from the first render: when `painted` turns true (a transition), the inert
    // button stays until the button's code has arrived and is then replaced once. A boundary mounted
    // with the button would first swap the placeholder for its fallback, then the fallback for the
    // button: two DOM replacements in every card on screen, in long commits.
    return (
      <Suspense fallback={placeholder}>{painted ? <SaveButton article={article} describedBy={titleId} inCard /> : placeholder}</Suspense>
    );
  };
}

/** What SaveButton draws in a card when nothing is saved, disabled until the working one replaces it. */
function InertSaveButton({ describedBy }: { describedBy: string }) {
  return (
    <button
      type="button"
      className={`${saveStyles.button} ${saveStyles.inCard}`}
      aria-describedby={describedBy}
      data-save-button=""
      disabled
    >
      <svg className={saveStyles.icon} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4 2h8v12l-4-3-4 3z" />
      </svg>
      <span className="visually-hidden">Save</span>
    </button>
  );
}
