import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One article of the real evaluation set as tests/eval/real/sources.json lists it. */
export const realSource = z.object({
  /** the raw input file, relative to the repository root */
  file: z.string().min(1),
  title: z.string(),
  url: z.string().url(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  licence: z.string().min(1),
  publisher: z.string().min(1),
  section: z.string(),
  split: z.enum(['dev', 'heldout']),
  /** true when the text keeps the page furniture a scrape brings (menus, share buttons); false for clean source text */
  furniture: z.boolean(),
  /** where the text was read: repository, commit and file (or record) */
  origin: z.object({ repo: z.string(), commit: z.string(), at: z.string() }),
});

export type RealSource = z.infer<typeof realSource>;

export const realManifest = z.object({ splitRule: z.string(), articles: z.array(realSource) });

/** The manifest at `path`, checked. */
export function loadRealSources(path: string): RealSource[] {
  return realManifest.parse(JSON.parse(readFileSync(path, 'utf8'))).articles;
}
