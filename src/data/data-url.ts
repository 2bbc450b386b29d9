import { DATA_PATH } from './data-files';

/** Where ingest's output is served, below the site's base path (src/build/vite-plugin-articles.ts). */
export function dataUrl(path: string): string {
  return `${import.meta.env.BASE_URL}${DATA_PATH}/${path}`;
}
