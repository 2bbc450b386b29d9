import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entities } from '../article/article-schema';
import type { ArticleCard } from '../article/site-index';
import type { QuotedLine } from './quoted-lines';
import { writeFileIfChanged } from './write-file-if-changed';

/** What ingest remembers of each source between runs, so unchanged files are not processed again. */
export type SourceRecord =
  | {
      size: number;
      mtimeMs: number;
      ok: true;
      id: string;
      idStated?: boolean;
      card: ArticleCard;
      topics: string[];
      entities: Entities;
      quotes: QuotedLine[];
    }
  | { size: number; mtimeMs: number; ok: false; reason: string };

export type IngestState = { codeVersion: string; files: Record<string, SourceRecord> };

const STATE_FILE = '.ingest-state.json';

/** The remembered state, or an empty one when there is none or it was made by other ingest code. */
export async function loadIngestState(outDir: string, codeVersion: string): Promise<IngestState> {
  try {
    const state = JSON.parse(await readFile(join(outDir, STATE_FILE), 'utf8')) as IngestState;
    if (state.codeVersion === codeVersion && typeof state.files === 'object') return state;
  } catch {
    // No state yet, or an unreadable one: everything is processed afresh.
  }
  return { codeVersion, files: {} };
}

export async function saveIngestState(outDir: string, state: IngestState): Promise<void> {
  await writeFileIfChanged(join(outDir, STATE_FILE), JSON.stringify(state));
}

/**
 * A hash of ingest's own source (and the article format it writes): when the code changes, every
 * article is made again, so no output is ever left from older rules.
 */
export async function ingestCodeVersion(): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['../article', '.']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    const files = (await readdir(dir, { recursive: true })).filter((file) => /\.(ts|json)$/.test(file) && !/\.test\.ts$/.test(file)).sort();
    for (const file of files) hash.update(file).update(await readFile(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}
