import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import type { Article } from '../../article/article-schema.ts';
import { quotationsOf } from '../../article/quotations.ts';
import { ARTICLES_DIR } from '../../data/data-files.ts';
import { changesSince } from '../../ingest/data-changes.ts';
import { statFiles } from '../../ingest/stat-files.ts';
import { writeFileIfChanged } from '../../ingest/write-file-if-changed.ts';

/** What a feed entry, a topic's feed and a person's feed need of an article. */
export type FeedArticle = {
  id: string;
  date: string;
  title: string;
  excerpt: string;
  /** IPTC qcodes, most relevant first. */
  topics: string[];
  /** The people quoted (not bodies, not unattributed quotes), each once, in the order they first speak. */
  speakers: string[];
};

type Remembered = { size: number; mtimeMs: number; article: FeedArticle };
/** `run`: ingest's newest run when the files were last looked at (src/ingest/data-changes.ts). */
type Cache = { format: number; files: Record<string, Remembered>; run?: string | null };
const CACHE_FORMAT = 1;

/** Files read at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const READS_AT_ONCE = 64;

/**
 * Every ingested article's feed fields. Reading 100,000 article files on every build would cost half a
 * minute, so what was read is remembered in `cacheFile`, by each file's size and modification time
 * (ingest writes an article file only when its content changes), or, when ingest's journal says which
 * files changed since, by that alone (no stat for the others). A file that cannot be read or parsed is
 * reported by name and left out of the feeds; the others are still used.
 */
export async function readFeedArticles(dataDir: string, cacheFile: string): Promise<{ articles: FeedArticle[]; problems: string[] }> {
  const cache = await loadCache(cacheFile);
  const folder = join(dataDir, ARTICLES_DIR);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => name.endsWith('.json')).sort();
  const files: Record<string, Remembered> = {};
  const problems: string[] = [];
  const limit = pLimit(READS_AT_ONCE);
  const { latest, paths: changed } = await changesSince(dataDir, cache.run ?? null);
  const unchanged = (name: string) => changed !== null && !changed.has(`${ARTICLES_DIR}/${name}`) && cache.files[name] !== undefined;
  const toStat = names.filter((name) => !unchanged(name));
  const statted = statFiles(toStat.map((name) => join(folder, name)));
  const statOf = new Map(toStat.map((name, index) => [name, statted[index]!]));
  await Promise.all(
    names.map(async (name) => {
      const path = join(folder, name);
      const known = cache.files[name];
      if (unchanged(name)) {
        files[name] = known!;
        return;
      }
      const fileStats = statOf.get(name)!;
      if (fileStats instanceof Error) {
        problems.push(`${path}: left out of the feeds: ${fileStats.message}`);
      } else if (known && known.size === fileStats.size && known.mtimeMs === fileStats.mtimeMs) {
        files[name] = known;
      } else {
        const { size, mtimeMs } = fileStats;
        await limit(async () => {
          try {
            files[name] = { size, mtimeMs, article: feedFieldsOf(JSON.parse(await readFile(path, 'utf8')) as Article) };
          } catch (error) {
            problems.push(`${path}: left out of the feeds: ${(error as Error).message}`);
          }
        });
      }
    }),
  );
  const ordered: Cache = {
    format: CACHE_FORMAT,
    run: latest,
    files: Object.fromEntries(names.filter((name) => files[name]).map((name) => [name, files[name]!])),
  };
  await writeFileIfChanged(cacheFile, JSON.stringify(ordered));
  return { articles: Object.values(ordered.files).map((file) => file.article), problems };
}

export function feedFieldsOf(article: Article): FeedArticle {
  if (
    typeof article.id !== 'string' ||
    typeof article.date !== 'string' ||
    typeof article.title !== 'string' ||
    !Array.isArray(article.blocks)
  )
    throw new Error('not an article (no id, date, title or blocks)');
  const speakers = new Set<string>();
  for (const quotation of quotationsOf(article.blocks)) {
    const first = quotation.parts[0];
    if (quotation.speaker && first?.speakerKind !== 'description') speakers.add(quotation.speaker);
  }
  return {
    id: article.id,
    date: article.date,
    title: article.title,
    excerpt: article.excerpt,
    topics: article.topics,
    speakers: [...speakers],
  };
}

async function loadCache(cacheFile: string): Promise<Cache> {
  try {
    const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as Cache;
    if (cache.format === CACHE_FORMAT && typeof cache.files === 'object') return cache;
  } catch {
    // None yet, or unreadable: every article is read afresh.
  }
  return { format: CACHE_FORMAT, files: {} };
}
