import { daysFromGaps, type ArticleColumns } from '@/article/site-index';
import { DataMalformed } from '../data-errors';
import { fetchJson } from '../fetch-json';

/**
 * index/columns.json as the filter engine reads it: one typed array per column, so the engine takes
 * them as they are. Decoded in the columns worker (columns-worker.ts), or on the main thread where
 * there is no Worker; either way by loadColumns below.
 */
export type DecodedColumns = {
  /** Each ordinal's day number, newest first. */
  days: Int32Array;
  /** For each ordinal, the index of its article's topic set. */
  topicSetOfArticle: Uint32Array;
  /**
   * The distinct topic sets (indexes into SiteManifest.topics) one after another in topicSetTopics: set s
   * runs from topicSetStarts[s] up to topicSetStarts[s + 1]. Flat, so they too move from the worker
   * without a copy (some 8,500 small arrays at 100,000 articles cost the page a long task to receive).
   */
  topicSetStarts: Uint32Array;
  topicSetTopics: Uint32Array;
};

/** Downloads, parses and decodes columns.json: every failure is one of the data errors, naming `url`. */
export async function loadColumns(url: string, signal?: AbortSignal): Promise<DecodedColumns> {
  return decodeColumns(await fetchJson(url, signal), url);
}

/** The parsed file -> typed columns; DataMalformed when it is not the article columns. */
export function decodeColumns(value: unknown, url: string): DecodedColumns {
  const columns = value as Partial<ArticleColumns> | null;
  const fits =
    Array.isArray(columns?.dayGaps) &&
    Array.isArray(columns.topicSets) &&
    columns.topicSets.every((set) => Array.isArray(set)) &&
    Array.isArray(columns.topicSetOfArticle);
  if (!fits) throw new DataMalformed(url, 'it is not the article columns');
  const { dayGaps, topicSets, topicSetOfArticle } = columns as ArticleColumns;
  // The engine walks both columns by ordinal: one shorter than the other would misread every article.
  if (dayGaps.length !== topicSetOfArticle.length) throw new DataMalformed(url, 'its columns differ in length');
  const topicSetStarts = new Uint32Array(topicSets.length + 1);
  topicSets.forEach((set, at) => (topicSetStarts[at + 1] = topicSetStarts[at]! + set.length));
  const topicSetTopics = Uint32Array.from(topicSets.flat());
  return { days: daysFromGaps(dayGaps), topicSetOfArticle: Uint32Array.from(topicSetOfArticle), topicSetStarts, topicSetTopics };
}
