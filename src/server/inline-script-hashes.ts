import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { statFiles } from '../ingest/stat-files.ts';

/**
 * More distinct inline scripts than this means some page has a script of its own (its data, say), and
 * the one site-wide policy would grow with the archive: the build stops and says so, rather than send a
 * header of thousands of hashes that hosts and browsers cut off.
 */
export const MAX_INLINE_SCRIPTS = 16;

/** Files read at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const READS_AT_ONCE = 32;

/** An inline <script> (no src) whose type makes the browser run it: none, a JavaScript MIME type or a module. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE = /\stype\s*=\s*["']?([^"'\s>]*)/i;
const RUNS = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * The sha256 (base64) of every inline script a page runs, as CSP's 'sha256-...' source wants it: the hash
 * of the script's UTF-8 bytes. A page's bytes are read as latin1 (one character a byte, no decoding, twice
 * as fast over an archive's pages as UTF-8) and each script is hashed from those same bytes.
 */
export function inlineScriptHashes(page: Buffer): string[] {
  const hashes: string[] = [];
  for (const [, attributes = '', body = ''] of page.toString('latin1').matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    if (!RUNS.test(TYPE.exec(attributes)?.[1] ?? '')) continue;
    hashes.push(createHash('sha256').update(body, 'latin1').digest('base64'));
  }
  return hashes;
}

/**
 * Pages a build step drew, which it vouches for: every page under `folders` is one of `stamps`, keyed by its
 * path, with what it was drawn from (the same value means the same page). Those pages are neither listed
 * nor stat'ed: at 100,000 articles that is 200,000 files.
 */
export type DrawnPages = { folders: readonly string[]; stamps: ReadonlyMap<string, string> };

/**
 * The distinct inline-script hashes of every .html file under the built site, sorted, so the policy is
 * the same for the same pages. Every page is read, not just index.html: a script that only the
 * prerendered pages carry is then allowed too, or refused by the build, never by a reader's browser.
 * With `cacheFile` (the build's), each page's hashes are remembered by its size and modification time,
 * or by what `drawn` says it was drawn from, so a build that redrew a few pages of an archive reads those
 * pages only (the pages are only written when they change). `skipFolders`: top-level folders that hold
 * no pages (the data), left unlisted.
 */
export async function siteInlineScriptHashes(
  siteDir: string,
  cacheFile?: string,
  skipFolders: readonly string[] = [],
  drawn?: DrawnPages,
): Promise<string[]> {
  const skipped = new Set([...skipFolders, ...(drawn?.folders ?? [])]);
  const pages: string[] = [];
  for (const entry of await readdir(siteDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) pages.push(entry.name);
    else if (entry.isDirectory() && !skipped.has(entry.name)) {
      for (const name of await readdir(join(siteDir, entry.name), { recursive: true }))
        if (name.endsWith('.html')) pages.push(`${entry.name}/${name}`);
    }
  }
  const listed = pages.length;
  // One at a time: spread into push, 200,000 arguments overflow the stack.
  if (drawn) for (const page of drawn.stamps.keys()) pages.push(page);
  const remembered = cacheFile ? await loadRemembered(cacheFile) : emptyMemory();
  // A page drawn again since the last build has another size or time (or was drawn from something else):
  // only those are read. The others are settled here, in one pass with no awaiting: at 100,000 articles
  // that is 200,000 pages, and a promise each cost seconds.
  const stamps: Array<string | undefined> = cacheFile
    ? [
        ...statFiles(pages.slice(0, listed).map((page) => join(siteDir, page))).map((stat) =>
          stat instanceof Error ? undefined : `${stat.size}:${stat.mtimeMs}`,
        ),
        ...pages.slice(listed).map((page) => `drawn:${drawn!.stamps.get(page)}`),
      ]
    : [];
  const now: ScriptMemory = emptyMemory();
  const listIndex = new Map<string, number>();
  const scriptsOf = (hashes: readonly string[]): number => {
    const key = hashes.join(' ');
    let index = listIndex.get(key);
    if (index === undefined) {
      index = now.scripts.push([...hashes]) - 1;
      listIndex.set(key, index);
    }
    return index;
  };
  const found = new Map<string, string>();
  const note = (page: string, stamp: string, hashes: readonly string[]) => {
    now.pages[page] = [stamp, scriptsOf(hashes)];
    for (const hash of hashes) if (!found.has(hash)) found.set(hash, page);
    if (found.size > MAX_INLINE_SCRIPTS) {
      const pagesNamed = [...new Set(found.values())].slice(0, 5).join(', ');
      throw new Error(
        `headers: more than ${MAX_INLINE_SCRIPTS} different inline scripts in the built pages (first seen in ${pagesNamed}); ` +
          'the Content-Security-Policy allows each by its hash, so a script that differs per page belongs in a file',
      );
    }
  };
  const toRead: number[] = [];
  pages.forEach((page, index) => {
    const stamp = stamps[index];
    const known = remembered.pages[page];
    const hashes = known && stamp !== undefined && known[0] === stamp ? remembered.scripts[known[1]] : undefined;
    if (hashes) note(page, stamp!, hashes);
    else toRead.push(index);
  });
  for (let start = 0; start < toRead.length; start += READS_AT_ONCE) {
    const batch = toRead.slice(start, start + READS_AT_ONCE);
    const read = await Promise.all(batch.map((index) => pageScripts(join(siteDir, pages[index]!), stamps[index])));
    read.forEach(({ stamp, hashes }, k) => note(pages[batch[k]!]!, stamp, hashes));
  }
  if (cacheFile) {
    await mkdir(dirname(cacheFile), { recursive: true });
    await writeFile(cacheFile, JSON.stringify(now));
  }
  return [...found.keys()].sort();
}

/**
 * What the cache remembers: each distinct list of a page's inline-script hashes once (a site has a few),
 * and each page's stamp (its size and modification time, or what it was drawn from) with the index of
 * its list. Kept small: at 100,000 articles it is read and written on every build.
 */
type ScriptMemory = { format: number; scripts: string[][]; pages: Record<string, [stamp: string, scripts: number]> };
const MEMORY_FORMAT = 2;
const emptyMemory = (): ScriptMemory => ({ format: MEMORY_FORMAT, scripts: [], pages: {} });

/** A page's inline-script hashes, read from its file, and its stamp: the one given, or its size and modification time. */
async function pageScripts(path: string, stamp: string | undefined): Promise<{ stamp: string; hashes: string[] }> {
  // Stat'ed already (the build's cached run) or not yet (the server's own, uncached).
  const [content, fresh] = await Promise.all([readFile(path), stamp === undefined ? stat(path) : null]);
  return { stamp: stamp ?? `${fresh!.size}:${fresh!.mtimeMs}`, hashes: inlineScriptHashes(content) };
}

async function loadRemembered(cacheFile: string): Promise<ScriptMemory> {
  try {
    const memory = JSON.parse(await readFile(cacheFile, 'utf8')) as ScriptMemory;
    if (memory.format === MEMORY_FORMAT) return memory;
  } catch {
    // none yet, or unreadable: every page is read
  }
  return emptyMemory();
}
