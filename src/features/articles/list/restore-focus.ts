import { titleIdAtOrAfter, type ShownList } from './card-places';
import type { Opened } from './use-return-focus';

/**
 * How long after Back the card to focus may take to be drawn (its chunk loading) before focus goes to
 * the list itself: the card is then far from where the page was restored to, and j starts from the
 * first card in view.
 */
const DRAWN_WITHIN_MS = 4000;

/**
 * After Back: focuses the link of the card opened last once its row is drawn, or the card listed after
 * it when the list no longer shows it (use-return-focus.ts). Returns what stops it (the list left).
 */
export function restoreFocus(list: HTMLElement, opened: Opened, shown: ShownList | null): () => void {
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
  if (!focusTitle(opened.titleId)) {
    if (opened.ordinal === null || !shown) focusWhenDrawn(opened.titleId);
    else
      void titleIdAtOrAfter(shown, opened.ordinal).then((titleId) => {
        if (titleId) focusWhenDrawn(titleId);
        else if (!ended && focusIsFree()) list.focus({ preventScroll: true });
      });
  }
  return end;
}
