import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from './run-ingest';

const SEED = new URL('../../content/000_2109c60526df57ad.txt', import.meta.url);
const STALLING_WORKER = new URL('./testing/stalling-worker.ts', import.meta.url);
let root: string;
let inDir: string;
let outDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'broadsheet-ingest-limits-'));
  inDir = join(root, 'in');
  outDir = join(root, 'out');
  await mkdir(inDir, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

const put = async (path: string, content: string | Uint8Array) => {
  await mkdir(join(inDir, path, '..'), { recursive: true });
  await writeFile(join(inDir, path), content);
};
const reasonsOf = (rejected: Array<{ source: string; reason: string }>) =>
  Object.fromEntries(rejected.map(({ source, reason }) => [source, reason]));

// Each run starts worker threads that load the NLP model, and these replace the ones they stop.
describe('runIngest: what a file may cost, and what is skipped', { timeout: 180_000 }, () => {
  it('stops a file that runs too long, rejects it, and goes on with the rest of its batch and the others', async () => {
    for (let k = 0; k < 6; k += 1) await put(`before-${k}.txt`, ` date 2020-01-0${k + 1} Story ${k}.\n`);
    await put('stall.txt', ' date 2020-02-01 Never ends.\n');
    for (let k = 0; k < 6; k += 1) await put(`zafter-${k}.txt`, ` date 2020-03-0${k + 1} Story ${k}.\n`);

    const report = await runIngest(inDir, outDir, { worker: STALLING_WORKER, threads: 2, limits: { seconds: 3, megabytes: 1024 } });

    expect(report.rejected).toEqual([{ source: 'stall.txt', reason: 'took longer than 3 s: stopped (the limit for one file)' }]);
    expect(report.written).toBe(12);
    expect(await readdir(join(outDir, 'articles'))).toHaveLength(12);
  });

  it('stops a file whose worker runs out of its heap, rejects it, and goes on', async () => {
    for (let k = 0; k < 4; k += 1) await put(`story-${k}.txt`, ` date 2020-01-0${k + 1} Story ${k}.\n`);
    await put('hog.txt', ' date 2020-02-02 Never full.\n');

    const report = await runIngest(inDir, outDir, { worker: STALLING_WORKER, threads: 1, limits: { seconds: 150, megabytes: 200 } });

    expect(report.rejected).toEqual([{ source: 'hog.txt', reason: 'used more than 200 MB of memory: stopped (the limit for one file)' }]);
    expect(report.written).toBe(4);
  });

  it('rejects a file over 1 MiB from its size, and names links and pipes it skips', async () => {
    await copyFile(SEED, join(inDir, 'good.txt'));
    await put('huge.txt', ` date 2020-01-01 ${'word '.repeat(300_000)}`);
    await symlink(join(inDir, 'good.txt'), join(inDir, 'link.txt'));
    await mkdir(join(root, 'elsewhere'));
    await symlink(join(root, 'elsewhere'), join(inDir, 'linked-folder'));
    execFileSync('mkfifo', [join(inDir, 'pipe.txt')]);

    const report = await runIngest(inDir, outDir);

    expect(reasonsOf(report.rejected)).toEqual({
      'huge.txt': 'file is 1.4 MiB, over the 1.0 MiB limit for one article',
      'link.txt': 'a symbolic link: links are not followed',
      'linked-folder': 'a symbolic link to a folder: links are not followed',
      'pipe.txt': 'a FIFO (named pipe), not a regular file',
    });
    expect(report.written).toBe(1);
  });

  it("rejects a JSON input whose stated id is another file's, whichever comes first, naming both", async () => {
    await put('0-first.json', JSON.stringify({ id: 'world-nato', date: '2020-01-01', body: 'Takes the URL.' }));
    await put('world/nato.txt', ' date 2020-01-02 The real one.\n');
    await put('z-second.json', JSON.stringify({ id: 'world-nato', date: '2020-01-03', body: 'Also wants it.' }));

    const report = await runIngest(inDir, outDir);

    expect(reasonsOf(report.rejected)).toEqual({
      '0-first.json': 'the id "world-nato" it states is already taken by world/nato.txt',
      'z-second.json': 'the id "world-nato" it states is already taken by world/nato.txt',
    });
  });

  it("gives names in scripts the slugifier drops ids of their own, not their folder's", async () => {
    for (const name of ['北京', '東京', '😀', '🎉']) await put(`news/${name}.txt`, ' date 2020-01-01 A story.\n');
    const report = await runIngest(inDir, outDir);
    expect(report.rejected).toEqual([]);
    expect((await readdir(join(outDir, 'articles'))).sort()).toEqual([
      'news-beijing.json',
      'news-dongjing.json',
      'news-grinning.json',
      'news-tada.json',
    ]);
  });

  it('rejects dates outside the accepted years, in text and JSON, with the range as the reason', async () => {
    await put('old.txt', ' date 0100-01-01 Too old.\n');
    await put('far.json', JSON.stringify({ date: '9999-12-31', body: 'Too far.' }));
    await put('tiny.json', JSON.stringify({ date: '0050-01-01', body: 'Year fifty.' }));
    const reasons = reasonsOf((await runIngest(inDir, outDir)).rejected);
    expect(reasons).toEqual({
      'old.txt': 'date 0100-01-01: year 0100 is outside the accepted range 1000-2999',
      'far.json': 'date 9999-12-31: year 9999 is outside the accepted range 1000-2999',
      'tiny.json': 'date 0050-01-01: year 0050 is outside the accepted range 1000-2999',
    });
  });
});
