import { join } from 'node:path';

/** The repository root: the benchmark runs every command from there, as a developer would. */
export const REPO_ROOT = join(import.meta.dirname, '..', '..');
/** Git-ignored: corpora, ingest output and built sites, kept between runs. */
export const CACHE_DIR = join(REPO_ROOT, 'bench', '.cache');
export const RESULTS_FILE = join(REPO_ROOT, 'bench', 'results.json');

export const corpusDir = (articles: number, seed: number) => join(CACHE_DIR, `corpus-${articles}${seed === 1 ? '' : `-seed-${seed}`}`);
export const ingestOutDir = (articles: number) => join(CACHE_DIR, `out-${articles}`);
export const distDir = (articles: number) => join(CACHE_DIR, `dist-${articles}`);
