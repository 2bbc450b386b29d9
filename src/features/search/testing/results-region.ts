import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * The search results region once it shows the hits of `text` and is no longer busy (it replaces a
 * placeholder while its code loads, so it is looked up again each time).
 */
export async function resultsFor(text: string): Promise<HTMLElement> {
  // The first search of a test file waits for the views' code to be compiled, on a busy machine.
  return waitFor(
    () => {
      const results = screen.getByRole('region', { name: 'Search results' });
      expect(results).toHaveAttribute('data-search-query', text);
      expect(results).toHaveAttribute('aria-busy', 'false');
      return results;
    },
    { timeout: 15_000 },
  );
}
