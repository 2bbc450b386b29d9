import { useEffect, type RefObject } from 'react';
import { useNavigationType } from 'react-router';
import type { CardPlaces } from './card-places';

/** The card opened last, per tab: Back to the list gives it focus again, so j/k go on from there. */
const OPENED_KEY = 'broadsheet:opened-card';

/**
 * How long after Back the card to focus may take to be drawn (its chunk loading) before focus goes to
 * the list itself: the card is then far from where the page was restored to, and j starts from the
 * first card in view.
 */
const DRAWN_WITHIN_MS = 4000;

type Opened = { titleId: string; ordinal: number | null };

/**
 * Remembers which card's link was followed out of the list, and after Back (a POP navigation) focuses
 * that card's link again once its row is drawn (its chunk may take a moment). When the list no longer
 * shows it (hide read, `?unread=1`, leaves out the article just read), the card listed after it takes
 * focus, so j/k go on from the same place. Without this, focus went to the top of the page and the next
 * j started from the first card on screen.
 */
export function useReturnFocus(listRef: RefObject<HTMLElement | null>, places: RefObject<CardPlaces | null>): void {
  const navigationType = useNavigationType();
  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('article h3 a[href]');
      const titleId = link?.closest('article')?.getAttribute('aria-labelledby');
      if (titleId) remember({ titleId, ordinal: places.current?.ordinalOf(titleId) ?? null });
    };
    list.addEventListener('click', onClick, true);
    const opened = navigationType === 'POP' ? recall() : null;
    let observer: MutationObserver | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let ended = false;
    const end = () => {
      ended = true;
      observer?.disconnect();
      clearTimeout(timer);
    };
    // Focus is placed only while it is nowhere (on the body, as Back leaves it): a key the reader pressed
    // meanwhile has put it where they want it.
    const focusIsFree = () => document.activeElement === null || document.activeElement === document.body;
    const focusTitle = (titleId: string) => {
      const link = document.getElementById(titleId)?.querySelector<HTMLAnchorElement>('a[href]');
      if (!link) return false;
      if (focusIsFree()) link.focus({ preventScroll: true });
      end();
      return true;
    };
    const focusWhenDrawn = (titleId: string) => {
      if (ended || focusTitle(titleId)) return;
      observer = new MutationObserver(() => void focusTitle(titleId));
      observer.observe(list, { childList: true, subtree: true });
      timer = setTimeout(() => {
        if (!ended && focusIsFree()) list.focus({ preventScroll: true });
        end();
      }, DRAWN_WITHIN_MS);
    };
    if (opened && !focusTitle(opened.titleId)) {
      if (opened.ordinal === null || !places.current) focusWhenDrawn(opened.titleId);
      else
        void places.current.titleIdAtOrAfter(opened.ordinal).then((titleId) => {
          if (titleId) focusWhenDrawn(titleId);
          else if (!ended && focusIsFree()) list.focus({ preventScroll: true });
        });
    }
    return () => {
      list.removeEventListener('click', onClick, true);
      end();
    };
  }, [listRef, places, navigationType]);
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
