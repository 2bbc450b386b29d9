import { copyFile, mkdir, readdir, rm, utimes } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import pLimit from 'p-limit';
import { statFiles } from '../../ingest/stat-files.ts';

/** Files compared or copied at once: enough to keep the disk busy, few enough to stay within open-file limits. */
const AT_ONCE = 64;

export type SyncReport = { copied: number; removed: number };

/**
 * Makes `target` hold exactly what `source` holds (less what `keep` turns away, such as ingest's hidden
 * state files), the way `rsync --archive --delete` does: a file whose size and modification time already
 * match is left alone; a copy takes its source's modification time, so the next sync (and a host's own
 * upload by time and size) skips it; files that are not in `source` any more are removed.
 */
export async function syncFolder(source: string, target: string, keep: (name: string) => boolean): Promise<SyncReport> {
  const wanted = await listFiles(source, keep);
  const present = await listFiles(target, () => true);
  const paths = [...wanted];
  const originals = statFiles(paths.map((path) => join(source, path)));
  const copies = statFiles(paths.map((path) => join(target, path)));
  const limit = pLimit(AT_ONCE);
  const copied = await Promise.all(
    paths.map((path, index) => {
      const original = originals[index]!;
      const copy = copies[index]!;
      if (original instanceof Error) throw original;
      // Within a millisecond: file systems and utimes() keep times to different precisions.
      if (!(copy instanceof Error) && copy.size === original.size && Math.abs(copy.mtimeMs - original.mtimeMs) < 1) return false;
      return limit(async () => {
        const to = join(target, path);
        await mkdir(dirname(to), { recursive: true });
        await copyFile(join(source, path), to);
        await utimes(to, original.atimeMs / 1000, original.mtimeMs / 1000);
        return true;
      });
    }),
  );
  const stale = [...present].filter((path) => !wanted.has(path));
  await Promise.all(stale.map((path) => limit(() => rm(join(target, path), { force: true }))));
  return { copied: copied.filter(Boolean).length, removed: stale.length };
}

/** Every file under `root` (its path relative to it, with `/`), none under a folder `keep` turns away; none when it is not there. */
export async function listFiles(given: string, keep: (name: string) => boolean = () => true): Promise<Set<string>> {
  // Resolved, so that every entry's folder starts with exactly this (no trailing slash, no "./").
  const root = resolve(given);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    // Entries come with their folder's path from `root` on: no path arithmetic for each of 200,000 files.
    const folder = entry.parentPath
      .slice(root.length + 1)
      .split('\\')
      .join('/');
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (path.split('/').every(keep)) files.add(path);
  }
  return files;
}

/**
 * The same as syncFolder for the given paths only (relative to `source`, with `/`), those known to be all that
 * changed since the last sync (ingest's journal, src/ingest/data-changes.ts): each is copied, removed, or
 * (a folder) synced whole.
 */
export async function syncPaths(
  source: string,
  target: string,
  paths: Iterable<string>,
  keep: (name: string) => boolean,
): Promise<SyncReport> {
  const wanted = [...paths].filter((path) => path.split('/').every(keep));
  const originals = statFiles(wanted.map((path) => join(source, path)));
  const copies = statFiles(wanted.map((path) => join(target, path)));
  const limit = pLimit(AT_ONCE);
  const report: SyncReport = { copied: 0, removed: 0 };
  await Promise.all(
    wanted.map((path, index) =>
      limit(async () => {
        const original = originals[index]!;
        const copy = copies[index]!;
        const to = join(target, path);
        if (original instanceof Error) {
          if ((original as NodeJS.ErrnoException).code !== 'ENOENT') throw original;
          if (copy instanceof Error) return;
          await rm(to, { recursive: true, force: true });
          report.removed += 1;
          return;
        }
        if (!original.isFile) {
          const folder = await syncFolder(join(source, path), to, keep);
          report.copied += folder.copied;
          report.removed += folder.removed;
          return;
        }
        if (!(copy instanceof Error) && copy.size === original.size && Math.abs(copy.mtimeMs - original.mtimeMs) < 1) return;
        await mkdir(dirname(to), { recursive: true });
        await copyFile(join(source, path), to);
        await utimes(to, original.atimeMs / 1000, original.mtimeMs / 1000);
        report.copied += 1;
      }),
    ),
  );
  return report;
}
