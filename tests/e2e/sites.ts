import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Every site the e2e files drive, each built once per run (and not at all when its inputs have not
 * changed since the last run: site-build.ts) and served on a port of its own by global-setup.ts. A test
 * file that needs a site of another shape adds it here and asks for it by name (`useBrowser('<name>')`,
 * `siteOrigin('<name>')` in browser.ts), rather than building and serving one itself.
 */
export type SiteSpec = {
  /** Build settings (README, "Your own articles"); ARTICLES_DIR is set by `articles` when it is given. */
  env: Record<string, string>;
  /** Writes the site's own article folder into `folder`; the sample corpus (content/) when absent. */
  articles?: (folder: string) => Promise<void>;
  /** More `vite build` options, e.g. `--minify false`. */
  buildArgs?: string[];
  /**
   * A site of the same articles whose ingested data this one starts from (site-build.ts): its ingest then
   * finds nothing to do, where ingesting the sample corpus afresh costs seconds of both cores. Built after it.
   */
  dataFrom?: string;
};

export const SITES = {
  /** The sample corpus, drawn by worker threads as a large archive is. */
  main: { env: { PRERENDER_THREADS: '2' } },
  /** The documented sub-path deployment: BASE_PATH=/news/ at build time, served under /news/. */
  'sub-path': { env: { BASE_PATH: '/news/', PRERENDER_THREADS: '0' }, dataFrom: 'main' },
  /** Articles spanning the whole accepted range of dates (tests/e2e/extreme-dates.test.ts). */
  'extreme-dates': { env: { PRERENDER_THREADS: '0' }, articles: writeExtremeDates },
  /**
   * The sample corpus again, its code not minified, so no chunk has the name it has in main: the next
   * deployment of main (offline-reading.test.ts). Built here, in the background, not inside the test.
   */
  'main-next-deployment': { env: { PRERENDER_THREADS: '0' }, buildArgs: ['--minify', 'false'], dataFrom: 'main' },
} satisfies Record<string, SiteSpec>;

export type SiteName = keyof typeof SITES;

/** [sample article, its name in the site, the date it is given]: 1000-01-01 to 2999-12-31, a normal spread between. */
export const EXTREME_DATE_ARTICLES: Array<[source: string, name: string, date: string]> = [
  ['2019-02-11-coalition-deal.txt', 'far-past.txt', '1000-01-01'],
  ['2019-04-03-bank-rate-rise.txt', 'far-future.txt', '2999-12-31'],
  ['000_2109c60526df57ad.txt', 'nato.txt', '2020-10-21'],
  ['2019-06-22-cup-final-harbourmen.txt', 'cup-final.txt', '2019-06-22'],
  ['2020-01-17-flu-season-brief.txt', 'flu-season.txt', '2021-01-17'],
  ['2020-03-09-halvard-telescope-planet.txt', 'telescope.txt', '1999-03-09'],
];

async function writeExtremeDates(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const [source, name, date] of EXTREME_DATE_ARTICLES) {
    const text = await readFile(join('content', source), 'utf8');
    await writeFile(join(folder, name), text.replace(/\d{4}-\d{2}-\d{2}/, date));
  }
}
