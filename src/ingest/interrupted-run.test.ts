import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesSince } from './data-changes';
import { loadIngestState } from './ingest-state';

/**
 * Ingest killed (SIGKILL) at several points of a run, then run again, must end with the very files a
 * fresh run writes, search index included. The runs are real child processes of the CLI, over the 31
 * sample articles, most of them edited: under 33 files, so each run has one worker thread, as a small
 * folder does (two threads, each loading the NLP model, were most of a run's CPU). The points to kill at
 * are read from what the run has written so far (the article files it replaced).
 */
const CLI = new URL('./cli.ts', import.meta.url).pathname;
const CONTENT = new URL('../../content/', import.meta.url).pathname;
/**
 * The files allowed to differ: the search builder's own cache records its article files' times, and the
 * journal of runs names each run afresh (data-changes.ts; what it says is checked below).
 */
const MAY_DIFFER = new Set(['.search-cache.bin', '.data-changes.json']);

let root: string;
let before: string;
let after: string;
let outBefore: string;
let outFresh: string;
/** The article files of the edited corpus whose bytes differ from the first run's (edited or new). */
let articlesToWrite: number;
/** How long a run of the edited corpus took from scratch (beside another run): the span a random kill is drawn from. */
let runMs: number;

/** A run of the CLI to its end: its exit status and what it said. Not synchronous, so that runs overlap. */
function run(inDir: string, outDir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--in', inDir, '--out', outDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A run that must succeed; how long it took, in ms. */
async function ranWell(inDir: string, outDir: string): Promise<number> {
  const started = Date.now();
  const { status, output } = await run(inDir, outDir);
  expect(status, output).toBe(0);
  return Date.now() - started;
}

/** The sample articles, some of them in a folder (whose name their ids then start with). */
async function makeCorpus(dir: string): Promise<void> {
  const files = (await readdir(CONTENT)).filter((name) => name.endsWith('.txt'));
  await mkdir(join(dir, 'section'));
  for (const [k, name] of files.entries()) {
    await writeFile(join(dir, k % 4 === 3 ? 'section' : '.', name), await readFile(join(CONTENT, name), 'utf8'));
  }
}

/** Edits most articles (new words the search index must find), removes two and adds two. */
async function editCorpus(dir: string): Promise<void> {
  const sources = (await readdir(dir, { recursive: true })).filter((path) => path.endsWith('.txt')).sort();
  for (const [k, source] of sources.entries()) {
    if (k % 5 === 4) continue;
    const text = await readFile(join(dir, source), 'utf8');
    await writeFile(join(dir, source), `${text.trimEnd()}\n\nA late correction mentions zephyrword${k}.\n`);
  }
  await rm(join(dir, sources[0]!));
  await rm(join(dir, sources[1]!));
  await writeFile(join(dir, 'new-one.txt'), ' date 2024-05-05 A new story about quollwords.\n');
  await writeFile(join(dir, 'section/new-two.txt'), ' date 2024-05-06 Another new story.\n');
}

const STATE_FILE = '.ingest-state.jsonl';

/** The code version a state file was written by: its header line's. */
function codeVersionOf(files: ReadonlyMap<string, Buffer>): string {
  const header = files.get(STATE_FILE)!.toString('utf8').split('\n', 1)[0]!;
  return (JSON.parse(header) as { codeVersion: string }).codeVersion;
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || MAY_DIFFER.has(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

/** How far a run is: the ms since it started, and how many article files it has written (renamed into place). */
type Progress = { ms: number; articlesWritten: number };

/** Article files in `outDir` written since `since` (a run writes only those whose bytes change). */
async function articlesWrittenSince(outDir: string, since: number): Promise<number> {
  const dir = join(outDir, 'articles');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.json'));
  const times = await Promise.all(
    names.map((name) =>
      stat(join(dir, name)).then(
        (info) => info.mtimeMs,
        () => 0,
      ),
    ),
  );
  return times.filter((time) => time >= since).length;
}

const NOT_KILLED = 'never (it finished)';

/** Starts ingest and kills it once `when` says so, looking every 20 ms. */
function killedRun(inDir: string, outDir: string, when: (progress: Progress) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--in', inDir, '--out', outDir], { stdio: 'ignore' });
    // Whole milliseconds, and a file's time may be rounded down to one: a little before the start.
    const started = Date.now() - 1;
    let killedAt = NOT_KILLED;
    let looking = false;
    const check = async () => {
      if (looking) return;
      looking = true;
      const progress = { ms: Date.now() - started, articlesWritten: await articlesWrittenSince(outDir, started) };
      if (child.exitCode === null && child.signalCode === null && when(progress)) {
        killedAt = `${progress.ms} ms in, after ${progress.articlesWritten} of ${articlesToWrite} article files`;
        child.kill('SIGKILL');
      }
      looking = false;
    };
    const timer = setInterval(() => void check(), 20);
    child.on('close', () => {
      clearInterval(timer);
      resolve(killedAt);
    });
  });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-interrupted-'));
  before = join(root, 'before');
  after = join(root, 'after');
  outBefore = join(root, 'out-before');
  outFresh = join(root, 'out-fresh');
  await mkdir(before);
  await makeCorpus(before);
  // The edited corpus: unedited files keep their times, so they stay unchanged for the incremental runs.
  await cp(before, after, { recursive: true, preserveTimestamps: true });
  await editCorpus(after);
  // Both at once, as the kills below run at once: a run's time is measured as the kills' runs share the machine.
  [, runMs] = await Promise.all([ranWell(before, outBefore), ranWell(after, outFresh)]);
  const [first, fresh] = await Promise.all([filesOf(join(outBefore, 'articles')), filesOf(join(outFresh, 'articles'))]);
  articlesToWrite = [...fresh].filter(([name, bytes]) => !first.get(name)?.equals(bytes)).length;
  expect(articlesToWrite).toBeGreaterThan(20);
}, 600_000);
afterAll(() => rm(root, { recursive: true, force: true }));

// Seconds per run, more on a busy machine: each starts Node, the TypeScript loader and a worker thread. The
// three kills are independent (each has an output folder of its own) and run at the same time.
describe.concurrent('an interrupted ingest', { timeout: 600_000 }, () => {
  const random = Math.random();
  // [where, when to kill, whether the run must not have finished by then (a random moment may come after its end)]
  const points: Array<[string, (progress: Progress) => boolean, boolean]> = [
    ['before it has written anything', () => true, true],
    ['early in the articles', ({ articlesWritten }) => articlesWritten >= 2, true],
    ['once every article is written, before the index and search', ({ articlesWritten }) => articlesWritten >= articlesToWrite, true],
    [`at a random moment (${random.toFixed(3)} of a run's time)`, ({ ms }) => ms > random * runMs, false],
  ];

  it.for(points)('killed %s, then run again, ends with what a fresh run writes', async ([, when, mustKill], { expect }) => {
    const out = join(root, `out-${points.findIndex(([, each]) => each === when)}`);
    await cp(outBefore, out, { recursive: true });
    const { latest: builtFrom } = await changesSince(out, null);
    const killedAt = await killedRun(after, out, when);
    if (mustKill) expect(killedAt).not.toBe(NOT_KILLED);
    const rerun = await run(after, out);
    expect(rerun.status, `${killedAt}\n${rerun.output}`).toBe(0);
    const [got, fresh] = await Promise.all([filesOf(out), filesOf(outFresh)]);
    expect([...got.keys()].sort(), killedAt).toEqual([...fresh.keys()].sort());
    // The state is compared by what it says: a re-run appends its changed lines where a fresh run writes one
    // line a source (ingest-state.ts).
    const differing = [...fresh].filter(([path, bytes]) => path !== STATE_FILE && !got.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing, killedAt).toEqual([]);
    const [gotState, freshState] = await Promise.all([out, outFresh].map((dir) => loadIngestState(dir, codeVersionOf(fresh))));
    expect(Object.keys(freshState!.files).length).toBeGreaterThan(20);
    expect(gotState!.files, killedAt).toEqual(freshState!.files);
    // A build that took in the run before the kill learns from the journal every data file that changed since,
    // or that it must compare everything (the killed run got far enough to write, and did not say what).
    const { paths } = await changesSince(out, builtFrom);
    if (killedAt === NOT_KILLED) expect(paths).not.toBeNull();
    if (paths) {
      const start = await filesOf(outBefore);
      const deployed = (path: string) => !path.split('/').some((part) => part.startsWith('.'));
      const changed = [...new Set([...start.keys(), ...got.keys()])].filter((path) => {
        const [was, is] = [start.get(path), got.get(path)];
        return deployed(path) && (!was || !is || !was.equals(is));
      });
      expect(changed.length).toBeGreaterThan(0);
      expect(
        changed.filter((path) => !paths.has(path)),
        killedAt,
      ).toEqual([]);
    }
  });
});
