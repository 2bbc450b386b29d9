import { useEffect, type RefObject } from 'react';
import { useNavigationType } from 'react-router';
import type { ShownList } from './card-places';

/** The card opened last, per tab: Back to the list gives it focus again, so j/k go on from there. */
const OPENED_KEY = 'broadsheet:opened-card';

export type Opened = { titleId: string; ordinal: number | null };

/**
 * Remembers which card's link was followed out of the list, and after Back (a POP navigation) focuses
 * that card's link again once its row is drawn (its chunk may take a moment). When the list no longer
 * shows it (hide read, `?unread=1`, leaves out the article just read), the card listed after it takes
 * focus, so j/k go on from the same place. Without this, focus went to the top of the page and the next
 * j started from the first card on screen.
 */
export function useReturnFocus(listRef: RefObject<HTMLElement | null>, shown: RefObject<ShownList | null>): void {
  const navigationType = useNavigationType();
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onClick = (event: MouseEvent) => {
      const card = (event.target as Element | null)?.closest?.('article h3 a[href]')?.closest('article');
      const titleId = card?.getAttribute('aria-labelledby');
      // The card's place in the archive, which the list's rows carry (card-row.tsx).
      const ordinal = Number(card?.getAttribute('data-ordinal') ?? Number.NaN);
      if (titleId) remember({ titleId, ordinal: Number.isInteger(ordinal) ? ordinal : null });
    };
    list.addEventListener('click', onClick, true);
    // Placing focus again is needed only after Back, so its code loads then (not with the list's first view).
    const opened = navigationType === 'POP' ? recall() : null;
    let stop: (() => void) | undefined;
    let left = false;
    if (opened) {
      void import('./restore-focus').then(({ restoreFocus }) => {
        if (!left) stop = restoreFocus(list, opened, shown.current);
      });
    }
    return () => {
      list.removeEventListener('click', onClick, true);
      left = true;
      stop?.();
    };
  }, [listRef, shown, navigationType]);
}

function remember(opened: Opened): void {
  try {
    sessionStorage.setItem(OPENED_KEY, JSON.stringify(opened));
  } catch {
    // Not remembered: Back then leaves focus at the top, as before.
  }
}

function recall(): Opened | null {
  try {
    const opened: unknown = JSON.parse(sessionStorage.getItem(OPENED_KEY) ?? 'null');
    if (typeof opened !== 'object' || opened === null) return null;
    const { titleId, ordinal } = opened as Partial<Opened>;
    if (typeof titleId !== 'string') return null;
    return { titleId, ordinal: typeof ordinal === 'number' && Number.isInteger(ordinal) && ordinal >= 0 ? ordinal : null };
  } catch {
    return null;
  }
}
