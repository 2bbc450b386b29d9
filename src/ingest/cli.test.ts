import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = new URL('./cli.ts', import.meta.url).pathname;
const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** An input folder of its own; it and its `-out` sibling are removed after the tests. */
async function inputDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cli-in-'));
  made.push(dir, `${dir}-out`);
  return dir;
}
const ingest = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });

// Each case starts Node with the TypeScript loader and the NLP model: seconds, more on a busy machine.
describe('npm run ingest (the CLI contract)', { timeout: 60_000 }, () => {
  it('exits 0 with a one-line summary when every file is good', async () => {
    const inDir = await inputDir();
    await writeFile(join(inDir, 'a.txt'), ' date 2020-01-01 Fine.\n');
    const run = ingest('--in', inDir, '--out', `${inDir}-out`);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ingest: read 1 files, wrote 1 articles \(1 processed, 0 unchanged\), rejected 0, in \d+\.\d\d s\n$/);
  });

  it('exits 1 and names each rejected file with its reason on stderr', async () => {
    const inDir = await inputDir();
    await writeFile(join(inDir, 'a.txt'), ' date 2020-01-01 Fine.\n');
    await writeFile(join(inDir, 'b.txt'), 'No date.\n');
    const run = ingest('--in', inDir, '--out', `${inDir}-out`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^b\.txt: .*date/);
    expect(run.stdout).toMatch(/wrote 1 articles .* rejected 1/);
  });

  it.each([[[]], [['--in', '/tmp']], [['--in', '/no/such/folder', '--out', '/tmp/x']], [['--nonsense']]])(
    'exits 2 on a usage error: %j',
    (args) => {
      const run = ingest(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: npm run ingest -- --in <articles folder> --out <output folder>/);
    },
  );
});
