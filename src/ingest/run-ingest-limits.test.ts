import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { runIngest, type IngestReport } from './run-ingest';

const SEED = new URL('../../content/000_2109c60526df57ad.txt', import.meta.url);
const STALLING_WORKER = new URL('./testing/stalling-worker.ts', import.meta.url);
const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** A folder of its own for one run: `in` to fill with `put`, `out` for ingest. */
async function workspace() {
  const root = await mkdtemp(join(tmpdir(), 'broadsheet-ingest-limits-'));
  roots.push(root);
  const inDir = join(root, 'in');
  await mkdir(inDir, { recursive: true });
  const put = async (path: string, content: string | Uint8Array) => {
    await mkdir(join(inDir, path, '..'), { recursive: true });
    await writeFile(join(inDir, path), content);
  };
  return { root, inDir, outDir: join(root, 'out'), put };
}
const reasonsOf = (rejected: Array<{ source: string; reason: string }>) =>
  Object.fromEntries(rejected.map(({ source, reason }) => [source, reason]));

// Each run starts worker threads that load the NLP model (seconds of CPU), and these replace the ones they
// stop. The three runs (two below, one shared by the tests after them) are independent and go at once.
describe.concurrent('runIngest: what a file may cost', { timeout: 180_000 }, () => {
  it('stops a file that runs too long, rejects it, and goes on with the rest of its batch and the others', async ({ expect }) => {
    const { inDir, outDir, put } = await workspace();
    // One thread, as for any folder under 33 files: 16 files make batches of two, so stall.txt shares its
    // batch with zafter-0.txt, which must run again on the worker that replaces the stopped one.
    for (let k = 0; k < 8; k += 1) await put(`before-${k}.txt`, ` date 2020-01-0${k + 1} Story ${k}.\n`);
    await put('stall.txt', ' date 2020-02-01 Never ends.\n');
    for (let k = 0; k < 7; k += 1) await put(`zafter-${k}.txt`, ` date 2020-03-0${k + 1} Story ${k}.\n`);

    const report = await runIngest(inDir, outDir, { worker: STALLING_WORKER, threads: 1, limits: { seconds: 3, megabytes: 1024 } });

    expect(report.rejected).toEqual([{ source: 'stall.txt', reason: 'took longer than 3 s: stopped (the limit for one file)' }]);
    expect(report.written).toBe(15);
    expect(await readdir(join(outDir, 'articles'))).toHaveLength(15);
  });

  it('stops a file whose worker runs out of its heap, rejects it, and goes on', async ({ expect }) => {
    const { inDir, outDir, put } = await workspace();
    for (let k = 0; k < 4; k += 1) await put(`story-${k}.txt`, ` date 2020-01-0${k + 1} Story ${k}.\n`);
    await put('hog.txt', ' date 2020-02-02 Never full.\n');

    const report = await runIngest(inDir, outDir, { worker: STALLING_WORKER, threads: 1, limits: { seconds: 150, megabytes: 200 } });

    expect(report.rejected).toEqual([{ source: 'hog.txt', reason: 'used more than 200 MB of memory: stopped (the limit for one file)' }]);
    expect(report.written).toBe(4);
  });
});

let shared: Promise<{ report: IngestReport; outDir: string }> | undefined;
/** The one ingest of every case below (ingestAllCases), started with the file: it runs beside the two tests above. */
const ingestCases = () => (shared ??= ingestAllCases());
// Marked as handled here: a failure is reported by each test that awaits it.
beforeAll(() => void ingestCases().catch(() => undefined));
const within = async (folder: string) =>
  reasonsOf((await ingestCases()).report.rejected.filter(({ source }) => source.startsWith(`${folder}/`)));
const articlesOf = async (folder: string) =>
  (await readdir(join((await ingestCases()).outDir, 'articles'))).filter((name) => name.startsWith(`${folder}-`)).sort();

async function ingestAllCases(): Promise<{ report: IngestReport; outDir: string }> {
  const { root, inDir, outDir, put } = await workspace();

  // Sizes, links and pipes.
  await mkdir(join(inDir, 'sizes'));
  await copyFile(SEED, join(inDir, 'sizes/good.txt'));
  await put('sizes/huge.txt', ` date 2020-01-01 ${'word '.repeat(300_000)}`);
  await symlink(join(inDir, 'sizes/good.txt'), join(inDir, 'sizes/link.txt'));
  await mkdir(join(root, 'elsewhere'));
  await symlink(join(root, 'elsewhere'), join(inDir, 'sizes/linked-folder'));
  execFileSync('mkfifo', [join(inDir, 'sizes/pipe.txt')]);

  // A JSON input's stated id that a path's id has, before and after it in path order.
  await put('ids/0-first.json', JSON.stringify({ id: 'ids-world-nato', date: '2020-01-01', body: 'Takes the URL.' }));
  await put('ids/world/nato.txt', ' date 2020-01-02 The real one.\n');
  await put('ids/z-second.json', JSON.stringify({ id: 'ids-world-nato', date: '2020-01-03', body: 'Also wants it.' }));

  // Names the slugifier drops.
  for (const name of ['北京', '東京', '😀', '🎉']) await put(`news/${name}.txt`, ' date 2020-01-01 A story.\n');

  // Dates outside the accepted years.
  await put('dates/old.txt', ' date 0100-01-01 Too old.\n');
  await put('dates/far.json', JSON.stringify({ date: '9999-12-31', body: 'Too far.' }));
  await put('dates/tiny.json', JSON.stringify({ date: '0050-01-01', body: 'Year fifty.' }));

  return { report: await runIngest(inDir, outDir), outDir };
}

/**
 * One ingest, with the production worker and limits, of a folder that holds each case below in a folder of
 * its own (whose name starts the ids of its articles): each test reads its own part of the one report.
 */
describe.concurrent('runIngest: what is skipped, and which ids and dates are refused', { timeout: 180_000 }, () => {
  it('rejects a file over 1 MiB from its size, and names links and pipes it skips', async ({ expect }) => {
    expect(await within('sizes')).toEqual({
      'sizes/huge.txt': 'file is 1.4 MiB, over the 1.0 MiB limit for one article',
      'sizes/link.txt': 'a symbolic link: links are not followed',
      'sizes/linked-folder': 'a symbolic link to a folder: links are not followed',
      'sizes/pipe.txt': 'a FIFO (named pipe), not a regular file',
    });
    expect(await articlesOf('sizes')).toEqual(['sizes-good.json']);
  });

  it("rejects a JSON input whose stated id is another file's, whichever comes first, naming both", async ({ expect }) => {
    expect(await within('ids')).toEqual({
      'ids/0-first.json': 'the id "ids-world-nato" it states is already taken by ids/world/nato.txt',
      'ids/z-second.json': 'the id "ids-world-nato" it states is already taken by ids/world/nato.txt',
    });
    expect(await articlesOf('ids')).toEqual(['ids-world-nato.json']);
  });

  it("gives names in scripts the slugifier drops ids of their own, not their folder's", async ({ expect }) => {
    expect(await within('news')).toEqual({});
    expect(await articlesOf('news')).toEqual(['news-beijing.json', 'news-dongjing.json', 'news-grinning.json', 'news-tada.json']);
  });

  it('rejects dates outside the accepted years, in text and JSON, with the range as the reason', async ({ expect }) => {
    expect(await within('dates')).toEqual({
      'dates/old.txt': 'date 0100-01-01: year 0100 is outside the accepted range 1000-2999',
      'dates/far.json': 'date 9999-12-31: year 9999 is outside the accepted range 1000-2999',
      'dates/tiny.json': 'date 0050-01-01: year 0050 is outside the accepted range 1000-2999',
    });
  });

  it('writes every other file, and rejects nothing outside these cases', async ({ expect }) => {
    const { report } = await ingestCases();
    expect(report.rejected).toHaveLength(4 + 2 + 3);
    expect(report.written).toBe(1 + 1 + 4);
  });
});
