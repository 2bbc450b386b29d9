import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { appendFile, readdir, readFile, rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Entities } from '../article/article-schema';
import type { ArticleCard } from '../article/site-index';
import type { QuotedLine } from './quoted-lines';
import { forEachLine } from './read-lines';
import { temporaryName } from './write-file-if-changed';

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

export type IngestState = {
  codeVersion: string;
  files: Record<string, SourceRecord>;
  /** How the state was stored, when it was read from a file: saveIngestState then only appends what changed. */
  stored?: StoredState;
};

type StoredState = { lines: number; damaged: boolean };

const STATE_FILE = '.ingest-state.jsonl';

/**
 * The state is one line per source after a header line, read and written a line at a time: at 100,000
 * articles it is over 100 MB, and holding it as one string (twice, to compare with the last run's) was
 * the largest part of ingest's peak memory. A run that changed a few sources appends their lines (a
 * later line replaces an earlier one; `[source, null]` says a source is gone) rather than write 100 MB
 * again; the file is written afresh once the appended lines outnumber the sources.
 */
type StateHeader = { codeVersion: string };
type StateLine = [source: string, record: SourceRecord | null];

/** The remembered state, or an empty one when there is none or it was made by other ingest code. */
export async function loadIngestState(outDir: string, codeVersion: string): Promise<IngestState> {
  const state: IngestState = { codeVersion, files: {} };
  const stored: StoredState = { lines: 0, damaged: false };
  try {
    let header: StateHeader | null = null;
    await forEachLine(join(outDir, STATE_FILE), (line) => {
      if (!header) {
        header = JSON.parse(line) as StateHeader;
        return header.codeVersion === codeVersion;
      }
      stored.lines += 1;
      let parsed: StateLine;
      try {
        parsed = JSON.parse(line) as StateLine;
      } catch {
        // The end of a line a killed run was appending: the source's earlier line, if any, stands, so
        // it is looked at again. The file is written afresh on the next save.
        stored.damaged = true;
        return true;
      }
      const [source, record] = parsed;
      if (record) state.files[source] = record;
      else delete state.files[source];
      return true;
    });
    if ((header as StateHeader | null)?.codeVersion === codeVersion) return { ...state, stored };
  } catch {
    // No state yet, or an unreadable one: everything is processed afresh.
  }
  return { codeVersion, files: {} };
}

/**
 * Saves the state. Given the state this run started from (loaded from the file), appends a line for each
 * source whose record is not the very one it loaded and one for each source gone, so a run that changes
 * nothing touches nothing. Otherwise (no usable file, other code, too many appended lines) writes the
 * whole state to a temporary file, hashing it as it goes, and renames it into place only if it differs.
 */
export async function saveIngestState(
  outDir: string,
  state: IngestState,
  previous?: IngestState,
  { minAppendedLines = MIN_APPENDED_LINES }: { minAppendedLines?: number } = {},
): Promise<void> {
  const path = join(outDir, STATE_FILE);
  const stored = previous?.stored;
  if (previous && stored && !stored.damaged && previous.codeVersion === state.codeVersion) {
    const changed: StateLine[] = [];
    for (const [source, record] of Object.entries(state.files)) if (previous.files[source] !== record) changed.push([source, record]);
    for (const source of Object.keys(previous.files)) if (!(source in state.files)) changed.push([source, null]);
    if (changed.length === 0) return;
    const sources = Object.keys(state.files).length;
    if (stored.lines + changed.length <= 2 * sources + minAppendedLines) {
      await appendFile(path, changed.map((line) => JSON.stringify(line) + '\n').join(''));
      return;
    }
  }
  await writeWholeState(path, state);
}

/**
 * Lines that may be appended to a small state before it is written afresh (a test may give a smaller number:
 * 1,000 appends and loads take seconds).
 */
const MIN_APPENDED_LINES = 1000;

async function writeWholeState(path: string, state: IngestState): Promise<void> {
  const existing = await hashOfFile(path);
  const hash = createHash('sha256');
  const line = (value: StateHeader | StateLine) => {
    const text = JSON.stringify(value) + '\n';
    hash.update(text);
    return text;
  };
  const lines = function* () {
    yield line({ codeVersion: state.codeVersion });
    for (const entry of Object.entries(state.files)) yield line(entry);
  };
  const temporary = temporaryName(path);
  await pipeline(Readable.from(lines()), createWriteStream(temporary));
  if (existing === hash.digest('hex')) {
    await rm(temporary, { force: true });
    return;
  }
  await rename(temporary, path);
  // The single-JSON state of earlier versions: no run reads it any more.
  await rm(join(dirname(path), '.ingest-state.json'), { force: true });
}

async function hashOfFile(path: string): Promise<string | null> {
  const hash = createHash('sha256');
  try {
    await pipeline(createReadStream(path), hash);
  } catch {
    return null;
  }
  return hash.digest('hex');
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
