import { useEffect, type RefObject } from 'react';
import { useNavigationType } from 'react-router';

/** The card opened last, per tab: Back to the list gives it focus again, so j/k go on from there. */
const OPENED_KEY = 'broadsheet:opened-card';

/**
 * Remembers which card's link was followed out of the list, and after Back (a POP navigation) focuses
 * that card's link again once its row is drawn (its chunk may take a moment). Without this, focus went
 * to the top of the page and the next j started from the first card on screen.
 */
export function useReturnFocus(listRef: RefObject<HTMLElement | null>): void {
  const navigationType = useNavigationType();
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('article h3 a[href]');
      const id = link?.closest('article')?.getAttribute('aria-labelledby');
      if (id) remember(id);
    };
    list.addEventListener('click', onClick, true);
    const opened = navigationType === 'POP' ? recall() : null;
    let observer: MutationObserver | null = null;
    if (opened) {
      const focusOpened = () => {
        const link = document.getElementById(opened)?.querySelector<HTMLAnchorElement>('a[href]');
        if (!link) return false;
        link.focus({ preventScroll: true });
        observer?.disconnect();
        return true;
      };
      if (!focusOpened()) {
        observer = new MutationObserver(() => void focusOpened());
        observer.observe(list, { childList: true, subtree: true });
      }
    }
    return () => {
      list.removeEventListener('click', onClick, true);
      observer?.disconnect();
    };
  }, [listRef, navigationType]);
}

function remember(titleId: string): void {
  try {
    sessionStorage.setItem(OPENED_KEY, titleId);
  } catch {
    // Not remembered: Back then leaves focus at the top, as before.
  }
}

function recall(): string | null {
  try {
    return sessionStorage.getItem(OPENED_KEY);
  } catch {
    return null;
  }
}
