import type { Browser } from 'playwright-core';
import { kilobytes, kindOf, resourceEntries } from './resource-sizes';

export type PeopleFirstViews = {
  /** Compressed data KB of /people's first view, and the files. */
  indexKB: number;
  indexFiles: string[];
  /** The same for the most quoted speaker's page: the largest person file there is. */
  personKB: number;
  personFiles: string[];
  personSlug: string;
};

const SETTLE_MS = 1500;

/**
 * The data each people page downloads for its first view, opened fresh (no cache): issue 17's budgets are
 * 200 KB for /people and 150 KB for a person's page at 100,000 articles. The person measured is the most
 * quoted, whose file holds the most (at most a page of quotations, with the longest month chart and topic list).
 */
export async function measurePeopleFirstViews(browser: Browser, baseURL: string, topSlug: string): Promise<PeopleFirstViews> {
  const view = async (path: string) => {
    const context = await browser.newContext({ baseURL });
    try {
      const page = await context.newPage();
      await page.goto(path);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(SETTLE_MS);
      const data = (await resourceEntries(page)).filter((entry) => kindOf(entry.path) === 'data');
      return { kb: kilobytes(data), files: data.map((entry) => entry.path) };
    } finally {
      await context.close();
    }
  };
  const index = await view('/people');
  const person = await view(`/people/${topSlug}`);
  return { indexKB: index.kb, indexFiles: index.files, personKB: person.kb, personFiles: person.files, personSlug: topSlug };
}
