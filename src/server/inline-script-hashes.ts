import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

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
 * The distinct inline-script hashes of every .html file under the built site, sorted, so the policy is
 * the same for the same pages. Every page is read, not just index.html: a script that only the
 * prerendered pages carry is then allowed too, or refused by the build, never by a reader's browser.
 */
export async function siteInlineScriptHashes(siteDir: string): Promise<string[]> {
  const pages = (await readdir(siteDir, { recursive: true })).filter((name) => name.endsWith('.html'));
  const found = new Map<string, string>();
  for (let start = 0; start < pages.length; start += READS_AT_ONCE) {
    const batch = pages.slice(start, start + READS_AT_ONCE);
    const contents = await Promise.all(batch.map((page) => readFile(join(siteDir, page))));
    contents.forEach((content, index) => {
      for (const hash of inlineScriptHashes(content)) if (!found.has(hash)) found.set(hash, batch[index]!);
    });
    if (found.size > MAX_INLINE_SCRIPTS) {
      const pagesNamed = [...new Set(found.values())].slice(0, 5).join(', ');
      throw new Error(
        `headers: more than ${MAX_INLINE_SCRIPTS} different inline scripts in the built pages (first seen in ${pagesNamed}); ` +
          'the Content-Security-Policy allows each by its hash, so a script that differs per page belongs in a file',
      );
    }
  }
  return [...found.keys()].sort();
}
