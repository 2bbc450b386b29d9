import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileIfChanged } from '../../ingest/write-file-if-changed.ts';
import { mapLimit } from '../../search/build/map-limit.ts';
import { listFiles } from '../incremental/sync-folder.ts';

/**
 * Writes each file whose content changed (an unchanged one keeps its bytes and its modification time,
 * so an upload by checksum or by time skips it), then removes what else is in `ownedFolders`: the feed
 * of a topic no article carries any more, a sitemap part the archive no longer fills. Returns how many
 * files were written or removed. The `kept` files are left as they are (known to be right: feeds made
 * from the same inputs as last time).
 */
export async function writeSiteFiles(
  outDir: string,
  files: ReadonlyMap<string, string>,
  ownedFolders: readonly string[],
  kept: ReadonlySet<string> = new Set(),
): Promise<number> {
  // A bounded number at once: a feed per quoted person is tens of thousands of files at 100,000 articles,
  // more than the process may have open (EMFILE).
  const written = await mapLimit([...files], 64, ([path, content]) => writeFileIfChanged(join(outDir, path), content));
  let changed = written.filter(Boolean).length;
  for (const folder of ownedFolders) {
    for (const file of await listFiles(join(outDir, folder))) {
      const path = `${folder}/${file}`;
      if (files.has(path) || kept.has(path)) continue;
      await rm(join(outDir, path), { force: true });
      changed += 1;
    }
  }
  return changed;
}
