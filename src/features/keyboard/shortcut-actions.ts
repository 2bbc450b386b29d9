import { SEARCH_TARGET } from './use-first-shortcut-key';

/**
 * What each shortcut does, on the page as it is: the keys work with whatever list is showing (the
 * virtual list keeps the rows around the window in the page, so the next one is always there).
 */

/** Lists that j/k walk through carry this attribute; their items are <article>s with a title link in a heading. */
const LIST_LINKS = '[data-article-list] article :is(h2, h3) a[href]';

/**
 * Focuses the next (1) or previous (-1) article of the list; the first one in view when none has focus.
 * On an article page, opens the next or previous article instead (its rel="next"/"prev" links).
 */
export function moveInList(step: 1 | -1): boolean {
  const links = [...document.querySelectorAll<HTMLAnchorElement>(LIST_LINKS)];
  if (links.length === 0) {
    const sequence = document.querySelector<HTMLAnchorElement>(`main a[rel="${step === 1 ? 'next' : 'prev'}"]`);
    sequence?.click();
    return Boolean(sequence);
  }
  const current = links.findIndex((link) => link.closest('article')?.contains(document.activeElement));
  const next = current === -1 ? firstInView(links) : links[current + step];
  if (!next) return false;
  next.focus({ preventScroll: true });
  scrollToUpperThird(next.closest('article')!);
  return true;
}

/** Opens the article whose card has focus. */
export function openCurrent(): boolean {
  const link = currentArticle()?.querySelector<HTMLAnchorElement>('a[href]');
  link?.click();
  return Boolean(link);
}

/** Saves (or unsaves) the focused card's article, or the article on the page when no card has focus. */
export function saveCurrent(): boolean {
  const button =
    currentArticle()?.querySelector<HTMLButtonElement>('[data-save-button]') ??
    (document.querySelector('[data-article-list]') ? null : document.querySelector<HTMLButtonElement>('main [data-save-button]'));
  button?.click();
  return Boolean(button);
}

/** Focuses the search box if there is one, else the first filter control (unfolding the filters on phones). */
export function focusFilters(): boolean {
  const search = document.querySelector<HTMLElement>(SEARCH_TARGET);
  if (search) {
    search.focus();
    return true;
  }
  const panel = document.getElementById('filters');
  if (!panel) return false;
  const toggle = panel.querySelector<HTMLButtonElement>('[data-filters-toggle]');
  if (toggle && toggle.offsetParent !== null && toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
  requestAnimationFrame(() => panel.querySelector<HTMLElement>('input, select, button:not([data-filters-toggle])')?.focus());
  return true;
}

function currentArticle(): HTMLElement | null {
  const article = document.activeElement?.closest<HTMLElement>('[data-article-list] article');
  return article ?? null;
}

function firstInView(links: HTMLAnchorElement[]): HTMLAnchorElement | undefined {
  return links.find((link) => link.closest('article')!.getBoundingClientRect().bottom > 0) ?? links[0];
}

/** A focused card sits in the upper third of the window, its focus ring clear of the edges, unless it is there already. */
export function scrollToUpperThird(card: Element): void {
  const box = card.getBoundingClientRect();
  const third = window.innerHeight / 3;
  if (box.top >= 8 && box.bottom <= window.innerHeight - 8 && box.top <= third) return;
  window.scrollBy({ top: box.top - Math.min(third, window.innerHeight * 0.25) });
}
