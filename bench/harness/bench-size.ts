import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { ArticleCard, ArticleColumns, SiteManifest } from '../../src/article/site-index';
import type { PeopleIndex } from '../../src/article/people-index';
import { numberedChunksNewestFirst } from '../../src/data/card-chunks';
import { dataFiles } from '../../src/data/data-files';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium-options';
import { measureArticleOpen, type ArticleOpen } from '../browser/article-open';
import { browseFilters } from '../browser/filter-browsing';
import { filterPlan } from '../browser/filter-plan';
import { measureFirstView, type FirstView } from '../browser/first-view';
import { measurePeopleFirstViews } from '../browser/people-pages';
import { auditPage, type LighthouseScores } from '../browser/lighthouse-audit';
import { searchQueries } from '../browser/search-queries';
import { measureSearch } from '../browser/search-typing';
import type { BenchRun } from './bench-results';
import type { CodeSnapshot } from './code-snapshot';
import { compressedFiles } from './compressed-files';
import { CACHE_DIR, distDir, ingestOutDir } from './bench-paths';
import { ensureCorpus } from './ensure-corpus';
import { ADDED_ARTICLES, rebuildAfterAdd } from './rebuild-after-add';
import { runMeasured, type MeasuredRun } from './run-measured';
import { startSiteServer } from './site-server';
import { median, percentile } from './statistics';

export type BenchOptions = {
  seed: number;
  port: number;
  lighthouseRuns: number;
  lighthouse: boolean;
  code: CodeSnapshot;
  /** Measure the site the last run built (bench/.cache/dist-<size>) in the browser only: no ingest, build or rebuild. */
  browserOnly: boolean;
};

/** First views and article openings are measured this many times (fresh contexts) and the median kept. */
const REPEATS = 3;
const FILTER_CHANGES = 24;
/** The first query, then 24 timed ones. */
const SEARCH_QUERIES = 25;

/** Corpus, ingest from scratch, ingest again, build, serve, browser, Lighthouse: one size's whole run. */
export async function benchSize(articles: number, options: BenchOptions, log: (line: string) => void): Promise<BenchRun> {
  const run = emptyRun(articles);
  run.commit = options.code.commit;
  run.uncommittedFiles = options.code.uncommittedFiles;
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    const started = performance.now();
    log(`${name}...`);
    try {
      const result = await work();
      log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      return result;
    } catch (error) {
      // Playwright's messages carry the page's call stack: the first lines say what went wrong.
      const message = `${name}: ${(error as Error).message.split('\n').slice(0, 3).join(' ')}`;
      log(message);
      run.errors.push(message);
      return null;
    }
  };
  if (options.browserOnly) return measureBuiltSite(run, articles, options, step);
  // Generous limits: today's ingest is slow; the budget is 15 minutes for 100,000.
  const timeoutMs = Math.max(10 * 60_000, articles * 60);

  const corpus = await step('corpus', async () => ensureCorpus(articles, options.seed));
  if (!corpus) return run;
  run.corpusMB = corpus.megabytes;
  const outDir = ingestOutDir(articles);
  rmSync(outDir, { recursive: true, force: true });
  const ingestArgs = [options.code.ingestCli, '--in', corpus.dir, '--out', outDir];

  const logFile = (name: string) => join(CACHE_DIR, 'logs', `${articles}-${name}.log`);
  const ingest = await step('ingest from scratch', () => ingested(runMeasured(ingestArgs, { timeoutMs, logFile: logFile('ingest') })));
  if (!ingest) return run;
  run.ingestSeconds = ingest.seconds;
  run.ingestArticlesPerSecond = articles / ingest.seconds;
  run.ingestPeakMB = ingest.peakMB;
  run.ingestRejected = Number(/rejected (\d+)/.exec(ingest.output)?.[1] ?? NaN);

  const reingest = await step('ingest again, nothing changed', () =>
    ingested(runMeasured(ingestArgs, { timeoutMs, logFile: logFile('reingest') })),
  );
  run.reingestSeconds = reingest?.seconds ?? null;
  run.reingestPeakMB = reingest?.peakMB ?? null;
  run.reingestProcessed = reingest ? processedCount(reingest) : null;
  if (run.reingestProcessed)
    run.errors.push(`the second ingest processed ${run.reingestProcessed} files again: incremental ingest is broken`);

  const dist = distDir(articles);
  // With a SITE_URL, so the feeds and the sitemap are built (and timed) too.
  const buildEnv = { ARTICLES_DIR: corpus.dir, DATA_DIR: outDir, SITE_URL: 'https://bench.example.org' };
  const build = await step('build', () =>
    succeeded(
      runMeasured(['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
        env: buildEnv,
        timeoutMs,
        logFile: logFile('build'),
        tsx: false,
      }),
    ),
  );
  if (!build) return run;
  run.buildSeconds = build.seconds;
  run.buildPeakMB = build.peakMB;

  await measureSite(run, dist, outDir, options, step);
  // Last, as it adds articles to the site the other steps measured. Into the same dist/: incremental.
  const newest = readJson<SiteManifest>(outDir, 'index/manifest.json').newest;
  const rebuilt = await step(`rebuild after adding ${ADDED_ARTICLES} articles`, () =>
    rebuildAfterAdd(corpus.dir, dist, newest ?? '2000-01-01', () =>
      succeeded(
        runMeasured(['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--logLevel', 'warn'], {
          env: buildEnv,
          timeoutMs,
          logFile: logFile('rebuild-after-add'),
          tsx: false,
        }),
      ),
    ),
  );
  run.rebuildAfterAddSeconds = rebuilt?.seconds ?? null;
  run.filesChangedAfterAdd = rebuilt?.filesChanged ?? null;
  return run;
}

type Step = <T>(name: string, work: () => Promise<T>) => Promise<T | null>;

/**
 * Sizes, browser and Lighthouse figures of the site the last run built, as it is: for measuring them again on a quiet
 * machine without the hour that ingest and build take at 100,000 articles. The ingest, build and rebuild figures
 * stay empty; the row's commit is the code's now, and a note says the site may have been built from an earlier one.
 */
async function measureBuiltSite(run: BenchRun, articles: number, options: BenchOptions, step: Step): Promise<BenchRun> {
  const dist = distDir(articles);
  const outDir = ingestOutDir(articles);
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(outDir, dataFiles.manifest))) {
    run.errors.push(`--browser-only: no built site in ${dist} (or no ingest output in ${outDir}): run the whole bench first`);
    return run;
  }
  run.notes.push(`browser only: measured the site built earlier in ${dist}, whose commit may not be ${run.commit}`);
  await measureSite(run, dist, outDir, options, step);
  return run;
}

/** Compressed sizes, then the browser and Lighthouse figures of the built site in `dist`. */
async function measureSite(run: BenchRun, dist: string, outDir: string, options: BenchOptions, step: Step): Promise<void> {
  const output = await step('compressed sizes of the built files', async () => compressedFiles(dist));
  run.output = output;
  if (output?.filesOver1MB.length) run.errors.push(`files over 1 MB compressed: ${output.filesOver1MB.join(', ')}`);

  const server = await step('serve', () => startSiteServer(dist, options.port));
  if (!server) return;
  try {
    await measureBrowser(run, server.baseURL, outDir, step);
    if (options.lighthouse) await measureLighthouse(run, server.baseURL, outDir, options.lighthouseRuns, step);
  } finally {
    await server.stop();
  }
}

async function measureBrowser(run: BenchRun, baseURL: string, outDir: string, step: Step): Promise<void> {
  run.loadAverage = loadavg()[0] ?? null;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    run.chromium = browser.version();
    const views: FirstView[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      const view = await step(`first view ${repeat + 1}/${REPEATS}`, () => measureFirstView(browser, baseURL));
      if (view) views.push(view);
    }
    const first = views[0];
    if (!first) {
      // Every later step opens the list first: with no list items they would only time out one by one.
      run.errors.push('the list showed no items: article opening, filters, heap and search not measured');
      return;
    }
    run.firstCardMs = median(views.map((view) => view.firstCardMs));
    run.firstCardMsSamples = views.map((view) => view.firstCardMs);
    run.interactiveMs = median(views.map((view) => view.interactiveMs));
    run.criticalJsKB = first.criticalJsKB;
    run.firstViewKB = first.firstViewKB;
    run.firstViewJsKB = first.firstViewJsKB;
    run.firstViewCssKB = first.firstViewCssKB;
    run.documentKB = first.documentKB;
    run.firstViewDataFiles = first.dataFiles;
    run.deferredDataKB = first.deferredDataKB;

    const opens: ArticleOpen[] = [];
    for (let repeat = 0; repeat < REPEATS; repeat += 1) {
      const open = await step(`article opening ${repeat + 1}/${REPEATS}`, () => measureArticleOpen(browser, baseURL, repeat));
      if (open) opens.push(open);
    }
    if (opens[0]) {
      run.articleOpenMs = median(opens.map((open) => open.ms));
      run.articleOpenMsSamples = opens.map((open) => open.ms);
      run.articleOpenDataFiles = opens[0].dataFiles;
      run.articleOpenOnlyItsData = opens.every((open) => open.dataFiles.every((file) => file === `/data${open.href}.json`));
    }

    const plan = filterPlan(
      readJson<SiteManifest>(outDir, 'index/manifest.json'),
      readJson<ArticleColumns>(outDir, 'index/columns.json'),
      FILTER_CHANGES,
    );
    const browsing = await step(`${plan.length} filter changes, then the heap`, () => browseFilters(browser, baseURL, plan));
    if (browsing) {
      if (browsing.latencies) {
        run.filterChanges = browsing.latencies.length;
        run.filterMedianMs = median(browsing.latencies);
        run.filterP95Ms = percentile(browsing.latencies, 95);
        run.filterCountMismatches = browsing.countMismatches.length;
      } else {
        run.notes.push('filters: no [data-result-count] element on the list yet, so no filter figures');
      }
      run.heapMB = browsing.heapMB;
      run.heapMBBeforeGc = browsing.heapMBBeforeGc;
    }

    const manifest = readJson<SiteManifest>(outDir, 'index/manifest.json');
    // The newest five numbered chunks (src/data/card-chunks.ts).
    const cards = numberedChunksNewestFirst(manifest)
      .slice(0, 5)
      .flatMap((chunk) => readJson<ArticleCard[]>(outDir, `index/cards/${chunk}.json`));
    const queries = searchQueries(cards, SEARCH_QUERIES);
    const search = await step(`${queries.length} search queries`, () => measureSearch(browser, baseURL, queries));
    if (search) {
      run.searchFirstQueryKB = search.firstQueryKB;
      run.searchMedianMs = search.medianMs;
      run.searchP95Ms = search.p95Ms;
      run.searchQueries = search.queries;
    } else if (search === null && !run.errors.some((error) => error.includes('search queries'))) {
      run.notes.push('search: no search box in the header yet, so no search figures');
    }

    const people = readJson<PeopleIndex>(outDir, dataFiles.people);
    const top = people.top[0];
    if (top) {
      const views = await step('people pages, first views', () => measurePeopleFirstViews(browser, baseURL, top[0]));
      if (views) {
        run.peopleIndexKB = views.indexKB;
        run.peopleIndexFiles = views.indexFiles;
        run.personPageKB = views.personKB;
        run.personPageFiles = views.personFiles;
      }
    } else {
      run.notes.push('people pages: nobody is quoted in this corpus, so no people figures');
    }
  } finally {
    await browser.close();
  }
}

async function measureLighthouse(run: BenchRun, baseURL: string, outDir: string, runs: number, step: Step): Promise<void> {
  const list = await step('Lighthouse on the list', () => auditPage(`${baseURL}/`, runs));
  const firstCard = readJson<ArticleCard[]>(outDir, 'index/cards/0.json')[0];
  const article = firstCard ? await step('Lighthouse on an article', () => auditPage(`${baseURL}/articles/${firstCard.id}`, runs)) : null;
  const figure = (scores: LighthouseScores | null, key: keyof LighthouseScores) => scores?.[key] ?? null;
  run.lighthouse = {
    listPerformance: figure(list, 'performance'),
    listAccessibility: figure(list, 'accessibility'),
    articlePerformance: figure(article, 'performance'),
    articleAccessibility: figure(article, 'accessibility'),
    listLcpMs: figure(list, 'lcpMs'),
    articleLcpMs: figure(article, 'lcpMs'),
    listTbtMs: figure(list, 'tbtMs'),
    articleTbtMs: figure(article, 'tbtMs'),
    listCls: figure(list, 'cls'),
    articleCls: figure(article, 'cls'),
    listBenchmarkIndex: figure(list, 'benchmarkIndex'),
    articleBenchmarkIndex: figure(article, 'benchmarkIndex'),
  };
}

async function succeeded(pending: Promise<MeasuredRun>): Promise<MeasuredRun> {
  const result = await pending;
  if (result.timedOut) throw new Error(`stopped after ${result.seconds.toFixed(0)} s (time limit)`);
  if (result.exitCode !== 0) throw new Error(failure(result));
  return result;
}

/**
 * Ingest exits 1 when some files were rejected but every good one was written: that run still
 * counts, when it printed its summary line (a crash exits 1 too).
 */
async function ingested(pending: Promise<MeasuredRun>): Promise<MeasuredRun> {
  const result = await pending;
  if (result.timedOut) throw new Error(`stopped after ${result.seconds.toFixed(0)} s (time limit)`);
  const summarised = /^ingest: read \d+ files/m.test(result.output);
  if (!summarised || (result.exitCode !== 0 && result.exitCode !== 1)) throw new Error(failure(result));
  return result;
}

function processedCount(result: MeasuredRun): number {
  return Number(/(\d+) processed/.exec(result.output)?.[1] ?? NaN);
}

/** The line that names the error (Node's crash output starts with its own frames), and where the rest is. */
function failure(result: MeasuredRun): string {
  const lines = result.output.split('\n').filter((line) => line.trim());
  const errorLine = lines.find((line) => /\b\w*Error\b|error/.test(line)) ?? lines.at(-1) ?? '(no output)';
  return `exited with ${result.exitCode}: ${errorLine.trim()} (whole output: ${result.logFile})`;
}

function readJson<T>(dir: string, path: string): T {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
}

function emptyRun(articles: number): BenchRun {
  return {
    articles,
    ingestSeconds: null,
    ingestArticlesPerSecond: null,
    reingestSeconds: null,
    criticalJsKB: null,
    firstViewKB: null,
    firstCardMs: null,
    filterMedianMs: null,
    filterP95Ms: null,
    articleOpenMs: null,
    heapMB: null,
    searchFirstQueryKB: null,
    searchMedianMs: null,
    lighthouse: {
      listPerformance: null,
      listAccessibility: null,
      articlePerformance: null,
      articleAccessibility: null,
      listLcpMs: null,
      articleLcpMs: null,
      listTbtMs: null,
      articleTbtMs: null,
      listCls: null,
      articleCls: null,
      listBenchmarkIndex: null,
      articleBenchmarkIndex: null,
    },
    date: new Date().toISOString(),
    commit: null,
    uncommittedFiles: null,
    chromium: null,
    loadAverage: null,
    corpusMB: null,
    ingestPeakMB: null,
    ingestRejected: null,
    reingestPeakMB: null,
    reingestProcessed: null,
    buildSeconds: null,
    rebuildAfterAddSeconds: null,
    filesChangedAfterAdd: null,
    buildPeakMB: null,
    firstCardMsSamples: null,
    interactiveMs: null,
    articleOpenMsSamples: null,
    firstViewJsKB: null,
    firstViewCssKB: null,
    documentKB: null,
    firstViewDataFiles: null,
    deferredDataKB: null,
    filterChanges: null,
    filterCountMismatches: null,
    heapMBBeforeGc: null,
    searchP95Ms: null,
    searchQueries: null,
    articleOpenDataFiles: null,
    articleOpenOnlyItsData: null,
    peopleIndexKB: null,
    personPageKB: null,
    peopleIndexFiles: null,
    personPageFiles: null,
    output: null,
    notes: [],
    errors: [],
  };
}
