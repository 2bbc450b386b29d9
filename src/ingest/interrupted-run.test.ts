import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Ingest killed (SIGKILL) at several points of a run, then run again, must end with the very files a
 * fresh run writes, search index included. The runs are real child processes of the CLI, over about 70
 * articles: enough that the edits are worth a progress line at every tenth.
 */
const CLI = new URL('./cli.ts', import.meta.url).pathname;
const CONTENT = new URL('../../content/', import.meta.url).pathname;
/** The search builder's own cache records its article files' times: the one file allowed to differ. */
const MAY_DIFFER = new Set(['.search-cache.bin']);
const COPIES = 1;

let root: string;
let before: string;
let after: string;
let outBefore: string;
let outFresh: string;

const run = (inDir: string, outDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, '--in', inDir, '--out', outDir], { encoding: 'utf8' });

/** The sample articles, and copies of them under other dates and names. */
async function makeCorpus(dir: string): Promise<void> {
  const files = (await readdir(CONTENT)).filter((name) => name.endsWith('.txt'));
  for (const name of files) {
    const text = await readFile(join(CONTENT, name), 'utf8');
    await writeFile(join(dir, name), text);
    for (let copy = 1; copy <= COPIES; copy += 1) {
      await mkdir(join(dir, `copy-${copy}`), { recursive: true });
      await writeFile(
        join(dir, `copy-${copy}`, name),
        text.replace(/date (\d{4})/, (_, year: string) => `date ${Number(year) - copy}`),
      );
    }
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
  await writeFile(join(dir, 'copy-1/new-two.txt'), ' date 2024-05-06 Another new story.\n');
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

/** Starts ingest and kills it once `when` says so (given its stderr so far and the ms since it started). */
function killedRun(inDir: string, outDir: string, when: (stderr: string, ms: number) => boolean): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--in', inDir, '--out', outDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const started = Date.now();
    let stderr = '';
    let killedAt = 'never (it finished)';
    const check = () => {
      if (child.exitCode === null && child.signalCode === null && when(stderr, Date.now() - started)) {
        killedAt = `${Date.now() - started} ms in, after: ${stderr.trim().split('\n').at(-1) ?? 'nothing'}`;
        child.kill('SIGKILL');
      }
    };
    const timer = setInterval(check, 20);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      check();
    });
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
  expect(run(before, outBefore).status).toBe(0);
  // The edited corpus: unedited files keep their times, so they stay unchanged for the incremental runs.
  await cp(before, after, { recursive: true, preserveTimestamps: true });
  await editCorpus(after);
  expect(run(after, outFresh).status).toBe(0);
}, 600_000);
afterAll(() => rm(root, { recursive: true, force: true }));

// Seconds per run, more on a busy machine: each starts Node, the TypeScript loader and worker threads.
describe('an interrupted ingest', { timeout: 600_000 }, () => {
  const random = Math.random();
  const points: Array<[string, (stderr: string, ms: number) => boolean]> = [
    ['early in the articles', (stderr) => /ingest: [1-9]\d%/.test(stderr)],
    ['once every article is written, before the index and search', (stderr) => /ingest: 100%/.test(stderr)],
    [`at a random moment (${random.toFixed(3)} of a run's time)`, (_, ms) => ms > random * 15_000],
  ];

  it.each(points)('killed %s, then run again, ends with what a fresh run writes', async (_, when) => {
    const out = join(root, `out-${points.findIndex(([, each]) => each === when)}`);
    await cp(outBefore, out, { recursive: true });
    const killedAt = await killedRun(after, out, when);
    const rerun = run(after, out);
    expect(rerun.status, `${killedAt}\n${rerun.stderr}`).toBe(0);
    const [got, fresh] = await Promise.all([filesOf(out), filesOf(outFresh)]);
    expect([...got.keys()].sort(), killedAt).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !got.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing, killedAt).toEqual([]);
  });
});
