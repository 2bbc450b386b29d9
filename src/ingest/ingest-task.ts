import type { ArticleCard } from '../article/site-index';

export type IngestTaskResult =
  | { source: string; ok: true; id: string; json: string; card: ArticleCard; topics: string[] }
  | { source: string; ok: false; reason: string };
