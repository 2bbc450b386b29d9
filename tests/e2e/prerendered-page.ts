import type { Page } from 'playwright-core';

/**
 * For the tests of the pages the build draws into HTML (prerendered-list and prerendered-article): what
 * the root held as the HTML was parsed, before any script of the page ran, and whether the code then
 * adopted those elements rather than drawing the page again.
 */
type ParsedRoot = { heading: Element | null; cards: number; quotations: number };

/** An init script: records the parsed root on window, for `parsedRoot`. */
export const RECORD_PARSED_ROOT = () => {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    const parsed: ParsedRoot = {
      heading: document.querySelector('main h1'),
      cards: document.querySelectorAll('main article').length,
      quotations: document.querySelectorAll('main q[id^="quote-"]').length,
    };
    (window as unknown as { parsed: ParsedRoot }).parsed = parsed;
  });
};

/** What the parsed root held, and whether its heading is still the one on screen (adopted, not redrawn). */
export function parsedRoot(page: Page): Promise<{ heading: string | null; adopted: boolean; cards: number; quotations: number }> {
  return page.evaluate(() => {
    const { heading, cards, quotations } = (window as unknown as { parsed: ParsedRoot }).parsed;
    return {
      heading: heading?.textContent ?? null,
      adopted: heading !== null && heading === document.querySelector('main h1'),
      cards,
      quotations,
    };
  });
}

/** Hydration errors and other failures the page reports to the console. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * When the page first painted, and when its first code or data file was asked for: a drawn page paints
 * before either (they would only compete with that paint for a slow network).
 */
export function paintAndFirstRequest(page: Page): Promise<{ paint: number; firstRequest: number }> {
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    firstRequest: Math.min(
      ...performance
        .getEntriesByType('resource')
        .filter((entry) => /\/(assets\/.*\.js|data\/.*\.json)$/.test(entry.name))
        .map((entry) => entry.startTime),
    ),
  }));
}

/** The page's cumulative layout shift so far. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() =>
    performance.getEntriesByType('layout-shift').reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0),
  );
}
