import { generatorVersion } from '../corpus/generator-version';
import { readCorpusDescription, writeCorpus } from '../corpus/write-corpus';
import { corpusDir } from './bench-paths';

const MIB = 1024 * 1024;

/** The corpus of `articles` articles, made once and kept until the generator's code changes. */
export function ensureCorpus(articles: number, seed: number): { dir: string; megabytes: number; made: boolean; seconds: number } {
  const dir = corpusDir(articles, seed);
  const wanted = { count: articles, seed, generator: generatorVersion() };
  const existing = readCorpusDescription(dir);
  if (existing && existing.count === wanted.count && existing.seed === wanted.seed && existing.generator === wanted.generator) {
    return { dir, megabytes: existing.bytes / MIB, made: false, seconds: 0 };
  }
  const started = performance.now();
  const { bytes } = writeCorpus(dir, wanted);
  return { dir, megabytes: bytes / MIB, made: true, seconds: (performance.now() - started) / 1000 };
}
