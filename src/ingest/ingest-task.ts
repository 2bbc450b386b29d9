import type { Entities } from '../article/article-schema';
import type { ArticleCard } from '../article/site-index';
import type { QuotedLine } from './quoted-lines';
import type { TaskClock } from './task-clock';

/** Several files for one worker thread: one message each way per batch, not per file. */
export type IngestBatch = { inDir: string; articlesDir: string; files: TaskFile[]; clock?: TaskClock };

export type TaskFile = {
  source: string;
  /**
   * The id this file's article will have if it is no other file's (path-derived, known before the
   * file is read): the task writes articles/<id>.json itself instead of sending the JSON back.
   */
  writeAs?: string;
  /** Whether articles/<writeAs>.json exists already (from an earlier run): if not, there is nothing to compare. */
  exists?: boolean;
};

export type IngestTaskResult =
  | {
      source: string;
      ok: true;
      id: string;
      /** The id was stated by a JSON input, not made from the path: it gives way to a path's own id. */
      idStated: boolean;
      /** The article's JSON, for the caller to write; absent when the task wrote it (see `written`). */
      json?: string;
      /** The task wrote the article file (its content was new or changed). */
      written?: boolean;
      card: ArticleCard;
      topics: string[];
      entities: Entities;
      /** Its attributed quotations, for the people files. */
      quotes: QuotedLine[];
    }
  | { source: string; ok: false; reason: string };
