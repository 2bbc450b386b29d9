/**
 * tsx bench/search-bench.ts --out <ingested folder> [--alternatives minisearch,flexsearch,pagefind] [--chromium] [--port 4473]
 *
 * The search benchmark behind src/search/README.md: builds Broadsheet's search index for an ingested
 * folder (from scratch, with nothing changed, with one article changed), measures its files, what a
 * first query downloads and how long queries take in Node and in Chromium, and builds the alternatives
 * (MiniSearch, FlexSearch, Pagefind) on the same articles to compare. Prints one JSON summary.
 */
import { readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exitWith, readCommandLine, usageError } from '../scripts/command-line';
import { articleIdsInListOrder } from '../src/search/build/article-ids-in-list-order';
import { writeSearchIndex } from '../src/search/build/write-search-index';
import { createSearch } from '../src/search/query/create-search';
import { buildPagefind, flexSearchEngine, folderSize, miniSearchEngine, readPlainDocs, type NodeEngine } from './search-alternatives';
import { bundleSearchEngine, firstQuery, keystrokeTimes, launchChromium, startBenchServer, type EngineKind } from './search-browser';
import { benchQueries, type BenchQuery } from './search-queries';

const USAGE = `usage: npx tsx bench/search-bench.ts --out <folder> [--alternatives <names>] [--chromium] [--port <n>] [--skip-build]

Builds Broadsheet's search index for an ingested folder (from scratch, unchanged, one article changed), measures
its files, what a first query downloads and how long queries take, and prints one JSON summary (progress on stderr).
  --out <folder>          the ingested folder (its index/search is rebuilt in place)
  --alternatives <names>  also build and measure these, comma-separated: minisearch,flexsearch,pagefind (default none)
  --chromium              also measure first queries and keystrokes in Chromium
  --port <n>              the port of the page server for --chromium (default 4473)
  --skip-build            measure the search index already in the folder, without building it or timing builds`;
const values = readCommandLine(USAGE, {
  out: { type: 'string' },
  alternatives: { type: 'string', default: '' },
  chromium: { type: 'boolean', default: false },
  port: { type: 'string', default: '4473' },
  'skip-build': { type: 'boolean', default: false },
});
if (!values.out) exitWith(usageError(USAGE, '--out <ingested folder> is needed'));
const outDir = resolve(values.out);
const log = (line: string) => console.error(`[search-bench] ${line}`);
const summary: Record<string, unknown> = {};

const ids = await articleIdsInListOrder(outDir);
const queries = await benchQueries(outDir, ids);
summary.articles = ids.length;
summary.queries = queries.map((query) => `${query.kind}: ${query.text}`);
const engineBundle = await bundleSearchEngine();
summary.engineCodeGzipKB = round(engineBundle.gzipKB);

if (!values['skip-build']) {
  await rm(join(outDir, '.search-cache.bin'), { force: true });
  await rm(join(outDir, 'index', 'search'), { recursive: true, force: true });
  const fresh = await writeSearchIndex(outDir, ids);
  const rssMB = process.memoryUsage().rss / 1e6;
  log(`built from scratch in ${fresh.seconds.toFixed(1)} s`);
  const unchanged = await writeSearchIndex(outDir, ids);
  const touched = join(outDir, 'articles', `${ids[Math.floor(ids.length / 2)]}.json`);
  const now = new Date();
  await utimes(touched, now, now);
  const oneChanged = await writeSearchIndex(outDir, ids);
  summary.build = {
    scratchSeconds: round(fresh.seconds),
    unchangedSeconds: round(unchanged.seconds),
    oneChangedSeconds: round(oneChanged.seconds),
    rssAfterMB: Math.round(rssMB),
    cacheMB: round((await readFile(join(outDir, '.search-cache.bin'))).length / 1e6),
  };
}
const meta = JSON.parse(await readFile(join(outDir, 'index', 'search', 'meta.json'), 'utf8')) as { termShards: string[] };
summary.index = {
  ...(await folderSize(join(outDir, 'index', 'search'))),
  termShards: meta.termShards.length,
};

// Node: what each query fetches (gzip) from a fresh engine, and warm query times.
const firstKB: Record<string, number[]> = {};
const warmMs: number[] = [];
const hitsOf = new Map<string, Set<number>>();
for (const query of queries) {
  let bytes = 0;
  const search = createSearch(`${outDir}/`, {
    fetchJson: async (url) => {
      const text = await readFile(url);
      bytes += gzipSync(text).length;
      return JSON.parse(text.toString('utf8')) as unknown;
    },
  });
  const result = await search.search(query.text);
  (firstKB[query.kind] ??= []).push(round(bytes / 1024 + engineBundle.gzipKB));
  hitsOf.set(query.text, new Set(result.ordinals));
  for (let repeat = 0; repeat < 5; repeat += 1) {
    const started = performance.now();
    await search.search(query.text);
    warmMs.push(performance.now() - started);
  }
}
summary.broadsheetNode = {
  firstQueryKBByKind: Object.fromEntries(
    Object.entries(firstKB).map(([kind, kbs]) => [kind, { median: median(kbs), max: Math.max(...kbs) }]),
  ),
  firstQueryKBMax: Math.max(...Object.values(firstKB).flat()),
  warmQueryMedianMs: round(median(warmMs)),
  warmQueryP95Ms: round(quantile(warmMs, 0.95)),
  hits: Object.fromEntries(queries.map((query) => [query.text, hitsOf.get(query.text)!.size])),
  typosFindTheName: typoRecall(queries, hitsOf),
};
log('broadsheet measured in Node');

const alternatives = new Set(String(values.alternatives).split(',').filter(Boolean));
const pagefindDir = join(tmpdir(), `search-bench-pagefind-${ids.length}`);
if (alternatives.size) {
  const docs = await readPlainDocs(outDir, ids);
  const engines: NodeEngine[] = [];
  if (alternatives.has('minisearch')) engines.push(miniSearchEngine(docs));
  if (alternatives.has('flexsearch')) engines.push(await flexSearchEngine(docs));
  for (const engine of engines) {
    const times: number[] = [];
    const found = new Map<string, Set<number>>();
    for (const query of queries) {
      found.set(query.text, new Set(engine.query(query.text)));
      for (let repeat = 0; repeat < 5; repeat += 1) {
        const started = performance.now();
        engine.query(query.text);
        times.push(performance.now() - started);
      }
    }
    summary[engine.name] = {
      buildSeconds: round(engine.buildSeconds),
      size: engine.size,
      firstQueryKB: round(engine.size.gzipMB * 1024),
      loadMs: round(engine.loadMs),
      queryMedianMs: round(median(times)),
      queryP95Ms: round(quantile(times, 0.95)),
      hits: Object.fromEntries(queries.map((query) => [query.text, found.get(query.text)!.size])),
      typosFindTheName: typoRecall(queries, found),
    };
    log(`${engine.name} measured`);
  }
  if (alternatives.has('pagefind')) {
    const built = await buildPagefind(docs, pagefindDir);
    summary.pagefind = { buildSeconds: round(built.buildSeconds), size: built.size };
    log('pagefind built');
  }
}

if (values.chromium) {
  const mounts: Record<string, string> = { '/data/': outDir };
  if (alternatives.has('pagefind')) mounts['/pagefind/'] = pagefindDir;
  const server = await startBenchServer(Number(values.port), mounts, engineBundle.code);
  const browser = await launchChromium();
  try {
    const kinds: EngineKind[] = alternatives.has('pagefind') ? ['broadsheet', 'pagefind'] : ['broadsheet'];
    for (const engine of kinds) {
      const first = [];
      for (const query of queries) first.push(await firstQuery(browser, server.url, engine, query.text));
      const typed = queries
        .filter((query) => query.kind === 'name' || query.kind === 'word' || query.kind === 'two words')
        .map((query) => query.text);
      const keystrokes = await keystrokeTimes(browser, server.url, engine, typed);
      summary[`${engine}Chromium`] = {
        firstQueryKBMedian: round(median(first.map((each) => each.kb))),
        firstQueryKBMax: round(Math.max(...first.map((each) => each.kb))),
        firstQueryMsMedian: round(median(first.map((each) => each.ms))),
        keystrokeMedianMs: round(median(keystrokes)),
        keystrokeP95Ms: round(quantile(keystrokes, 0.95)),
        keystrokes: keystrokes.length,
        worstFirstQueries: first.sort((a, b) => b.kb - a.kb).slice(0, 3),
      };
      log(`${engine} measured in Chromium`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
console.log(JSON.stringify(summary, null, 1));

/** For each typo query: does it find at least one article the correctly spelled name finds? */
function typoRecall(all: readonly BenchQuery[], hits: ReadonlyMap<string, Set<number>>): string {
  const names = all.filter((query) => query.kind === 'name');
  const typos = all.filter((query) => query.kind === 'typo');
  const found = typos.filter((typo, index) =>
    [...(hits.get(typo.text) ?? [])].some((ordinal) => hits.get(names[index]!.text)?.has(ordinal)),
  );
  return `${found.length}/${typos.length}`;
}

function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
