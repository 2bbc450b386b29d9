/**
 * What the benchmark agrees with the reader on, and the small helpers it installs in every page.
 *
 * Selectors (tell the reader engineer before changing them):
 * - a list item: a link to an article inside an <article> card or an <li> of the page's <main>;
 * - the page is usable (its code has drawn it, or taken over the list drawn into the HTML at build
 *   time) once <html> carries `data-interactive`;
 * - the article page: its <h1>, whose text is the title the list item showed;
 * - filters (issue 5): the element that carries `data-result-count` (the number of articles the
 *   current filters match) is updated only once the list, the counts and the histogram show the new
 *   filters, and carries `aria-busy="true"` while it is not;
 * - search (issue 8): the header's search box (an input of type search, or role searchbox); the
 *   element that shows results carries `data-search-query` (the query its results are for) once they
 *   are shown, and `aria-busy="true"` while a query is running.
 */
export const LIST_ITEM_LINK = 'main article a[href*="/articles/"], main li a[href*="/articles/"]';
export const RESULT_COUNT = '[data-result-count]';
export const SEARCH_BOX = 'header input[type="search"], header [role="searchbox"]';
export const SEARCH_RESULTS = '[data-search-query]';

export type PageProbe = {
  /** performance.now() when the first list item became visible, measured as the DOM changed. */
  firstItemAt?: number;
  /** performance.now() when the page said it was usable (`<html data-interactive>`). */
  interactiveAt?: number;
  visible(element: Element): boolean;
  normalise(text: string | null): string;
};

declare global {
  interface Window {
    __bench: PageProbe;
  }
}

/** Runs in the page before any of its own scripts (page.addInitScript). */
export function installPageProbe(listItemSelector: string): void {
  // Enough room that no resource of a long session is dropped from the timeline.
  performance.setResourceTimingBufferSize(100_000);
  const probe: PageProbe = {
    visible(element) {
      const box = element.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.top < window.innerHeight &&
        getComputedStyle(element).visibility !== 'hidden'
      );
    },
    normalise: (text) => (text ?? '').replace(/\s+/g, ' ').trim(),
  };
  window.__bench = probe;
  const observer = new MutationObserver(() => {
    probe.interactiveAt ??= document.documentElement.hasAttribute('data-interactive') ? performance.now() : undefined;
    if (probe.firstItemAt === undefined) {
      const first = document.querySelector(listItemSelector);
      if (first && probe.visible(first)) probe.firstItemAt = performance.now();
    }
    if (probe.firstItemAt !== undefined && probe.interactiveAt !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-interactive'] });
}
