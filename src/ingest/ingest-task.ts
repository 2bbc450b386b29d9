import type { Entities } from '../article/article-schema';
import type { ArticleCard } from '../article/site-index';

export type IngestTaskResult =
  | { source: string; ok: true; id: string; json: string; card: ArticleCard; topics: string[]; entities: Entities }
  | { source: string; ok: false; reason: string };
