import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { withNotedChanges } from './noted-changes.ts';
import { writeFileAtomically } from './write-file-if-changed.ts';

/**
 * Ingest's journal of what each run changed in its output folder: the paths (relative, with `/`) of the
 * files it wrote or removed. The build's later steps read it to look only at those files, where they
 * would otherwise compare every file of the data (400,000 stat calls at 100,000 articles) to find the
 * few a day's news changed. A step remembers the last run it took in; when that run is no longer in the
 * journal, or a run between was killed before it could say what it wrote, the step compares everything.
 */
export type ChangesSince = {
  /** The newest run in the journal, to remember; null when there is none. */
  latest: string | null;
  /** The paths changed by the runs after the one given; null when they cannot be known (compare everything). */
  paths: Set<string> | null;
};

type Run = { id: string; paths: string[] };
type Journal = { runs: Run[] };

const JOURNAL_FILE = '.data-changes.json';
/** Written when a run starts and removed when it has said what it changed: left behind, the run was killed. */
const OPEN_FILE = '.data-changes-open';
/** Runs kept: a build after more ingest runs than this compares everything. */
const MAX_RUNS = 20;

/**
 * Runs `work` as one run of ingest into `outDir`, and adds to the journal the paths it wrote or removed
 * (noted-changes.ts: writeFileIfChanged notes what it writes) once it has finished. A run that throws or is killed adds nothing and
 * leaves its mark, so the next run starts a new journal: what it wrote is not known.
 */
export async function recordChanges<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const journal: Journal = (await isOpen(outDir)) ? { runs: [] } : await readJournal(outDir);
  const run: Run = { id: randomUUID(), paths: [] };
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, OPEN_FILE), run.id);
  const changed = new Set<string>();
  const result = await withNotedChanges(changed, work);
  run.paths = [...changed].map((path) => relative(outDir, path).split(sep).join('/')).sort();
  await writeFileAtomically(join(outDir, JOURNAL_FILE), JSON.stringify({ runs: [...journal.runs, run].slice(-MAX_RUNS) }));
  await rm(join(outDir, OPEN_FILE), { force: true });
  return result;
}

/** What the runs after `since` (the newest run a build step took in, or null) changed in `dataDir`. */
export async function changesSince(dataDir: string, since: string | null): Promise<ChangesSince> {
  const open = await isOpen(dataDir);
  const { runs } = await readJournal(dataDir);
  const latest = runs.at(-1)?.id ?? null;
  if (open || since === null) return { latest: open ? null : latest, paths: null };
  const from = runs.findIndex((run) => run.id === since);
  if (from < 0) return { latest, paths: null };
  const paths = new Set<string>();
  for (const run of runs.slice(from + 1)) for (const path of run.paths) paths.add(path);
  return { latest, paths };
}

/** Whether a run left its mark: it was killed before it could say what it changed. */
function isOpen(dir: string): Promise<boolean> {
  return readFile(join(dir, OPEN_FILE)).then(
    () => true,
    () => false,
  );
}

async function readJournal(dir: string): Promise<Journal> {
  try {
    const journal = JSON.parse(await readFile(join(dir, JOURNAL_FILE), 'utf8')) as Journal;
    if (Array.isArray(journal.runs)) return journal;
  } catch {
    // None yet, or damaged: a new one.
  }
  return { runs: [] };
}
