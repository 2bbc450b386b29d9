import { mkdirSync, readdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDates } from './corpus-dates';
import { createWorld } from './corpus-world';
import { createRandom, mixSeeds } from './random';
import { writeArticle } from './write-article';

/** Written into every corpus folder; hidden, so ingest does not read it. */
export const CORPUS_MARKER = '.corpus.json';

export type CorpusDescription = { count: number; seed: number; generator: string };
export type WrittenCorpus = CorpusDescription & { bytes: number };

/** The stream of dates is kept apart from the articles' streams, which are one per article. */
const DATES_STREAM = 0x0da7e5;

/**
 * Writes `count` articles into outDir/<year>/<month>/<day>-<n>.txt (no folder holds more than a
 * month's articles). Article n depends only on the seed, n and its date, so a corpus is the same
 * byte for byte on every run. A folder that holds anything but an earlier corpus is left alone.
 */
export function writeCorpus(outDir: string, description: CorpusDescription): WrittenCorpus {
  clearEarlierCorpus(outDir);
  const dates = corpusDates(createRandom(mixSeeds(description.seed, DATES_STREAM)), description.count);
  const world = createWorld(description.seed);
  const madeFolders = new Set<string>();
  const width = Math.max(6, String(description.count - 1).length);
  let bytes = 0;
  dates.forEach((date, index) => {
    const folder = join(outDir, date.slice(0, 4), date.slice(5, 7));
    if (!madeFolders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      madeFolders.add(folder);
    }
    const text = writeArticle(world, createRandom(mixSeeds(description.seed, index)), date);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `${date.slice(8, 10)}-${String(index).padStart(width, '0')}.txt`), text);
  });
  const written = { ...description, bytes };
  writeFileSync(join(outDir, CORPUS_MARKER), `${JSON.stringify(written, null, 2)}\n`);
  return written;
}

/** The description of the corpus in `dir`, or null when there is none. */
export function readCorpusDescription(dir: string): WrittenCorpus | null {
  try {
    return JSON.parse(readFileSync(join(dir, CORPUS_MARKER), 'utf8')) as WrittenCorpus;
  } catch {
    return null;
  }
}

function clearEarlierCorpus(outDir: string): void {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return;
  if (!existsSync(join(outDir, CORPUS_MARKER))) {
    throw new Error(`${outDir} is not empty and holds no earlier corpus (${CORPUS_MARKER}): choose another folder`);
  }
  rmSync(outDir, { recursive: true, force: true });
}
