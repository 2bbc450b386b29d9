import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { changesSince } from '../../ingest/data-changes.ts';
import { syncFolder, syncPaths, type SyncReport } from './sync-folder.ts';

/** What the last sync into a target took in: ingest's newest run then, and which folder it filled. */
type Synced = { run: string | null; target: string | null };

/** Ingest's own files (its state, caches and journal) are its memory, not something to deploy. */
const deployed = (name: string) => !name.startsWith('.');

/**
 * Makes `target` hold what ingest's output `dataDir` holds (syncFolder). When the last sync into this same
 * folder took in a run that ingest's journal still has (src/ingest/data-changes.ts), only the paths the
 * runs since changed are looked at; otherwise every file is compared. `stateFile` remembers the run.
 */
export async function syncData(dataDir: string, target: string, stateFile: string): Promise<SyncReport & { compared: string }> {
  const synced = await readSynced(stateFile);
  const { latest, paths } = await changesSince(dataDir, synced.run);
  // The folder itself, so that a dist/ emptied or made anew since is filled whole.
  const folder = await folderIdentity(target);
  // Gone while syncing: a sync stopped half way must not pass for done.
  await rm(stateFile, { force: true });
  const report =
    paths && folder !== null && folder === synced.target
      ? { ...(await syncPaths(dataDir, target, paths, deployed)), compared: `${paths.size} files ingest changed` }
      : { ...(await syncFolder(dataDir, target, deployed)), compared: 'every file compared' };
  await mkdir(dirname(stateFile), { recursive: true });
  await writeFile(stateFile, JSON.stringify({ run: latest, target: await folderIdentity(target) } satisfies Synced));
  return report;
}

async function readSynced(file: string): Promise<Synced> {
  try {
    const synced = JSON.parse(await readFile(file, 'utf8')) as Synced;
    return { run: typeof synced.run === 'string' ? synced.run : null, target: typeof synced.target === 'string' ? synced.target : null };
  } catch {
    return { run: null, target: null };
  }
}

async function folderIdentity(folder: string): Promise<string | null> {
  try {
    const { ino, dev, birthtimeMs } = await stat(folder);
    return `${dev}:${ino}:${birthtimeMs}`;
  } catch {
    return null;
  }
}
