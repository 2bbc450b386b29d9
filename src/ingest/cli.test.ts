import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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

type Run = { status: number | null; stdout: string; stderr: string };
/** Runs `command` to its end (killed after a minute). Not synchronous, so that the cases' runs overlap. */
function runCommand(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    const run: Run = { status: null, stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (run.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (run.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ ...run, status }));
  });
}
const ingest = (...args: string[]) => runCommand(process.execPath, ['--import', 'tsx', cli, ...args]);

// Each case starts Node with the TypeScript loader, and most the NLP model: seconds, more on a busy machine.
// The cases are independent (folders of their own) and run at the same time.
describe.concurrent('npm run ingest (the CLI contract)', { timeout: 60_000 }, () => {
  it('exits 0 with a one-line summary when every file is good', async () => {
    const inDir = await inputDir();
    await writeFile(join(inDir, 'a.txt'), ' date 2020-01-01 Fine.\n');
    const run = await ingest('--in', inDir, '--out', `${inDir}-out`);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ingest: read 1 files, wrote 1 articles \(1 processed, 0 unchanged\), rejected 0, in \d+\.\d\d s\n$/);
  });

  it('exits 1 and names each rejected file with its reason on stderr', async () => {
    const inDir = await inputDir();
    await writeFile(join(inDir, 'a.txt'), ' date 2020-01-01 Fine.\n');
    await writeFile(join(inDir, 'b.txt'), 'No date.\n');
    const run = await ingest('--in', inDir, '--out', `${inDir}-out`);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^b\.txt: .*date/);
    expect(run.stdout).toMatch(/wrote 1 articles .* rejected 1/);
  });

  it.each([[[]], [['--in', '/tmp']], [['--in', '/no/such/folder', '--out', '/tmp/x']], [['--nonsense']]])(
    'exits 2 on a usage error: %j',
    async (args) => {
      const run = await ingest(...args);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/usage: npm run ingest -- --in <articles folder> --out <output folder>/);
    },
  );

  describe('a folder it cannot read', () => {
    // As root, chmod 000 stops nothing (CI runs as root): the child is then run as the unprivileged `nobody`
    // by util-linux's setpriv, and the folders it must read or write are opened to it.
    const asRoot = process.getuid?.() === 0;
    const setpriv = ['/usr/bin/setpriv', '/bin/setpriv'].find((path) => existsSync(path));
    const unprivileged = asRoot && setpriv ? [setpriv, '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    const ingestUnprivileged = (...args: string[]) => {
      const [command, ...rest] = [...unprivileged, process.execPath, '--import', 'tsx', cli, ...args];
      return runCommand(command!, rest);
    };

    /** An input folder with a good article and a locked subfolder, and an output folder anyone may write. */
    async function lockedInput(): Promise<{ inDir: string; outDir: string; locked: string }> {
      const inDir = await inputDir();
      const outDir = `${inDir}-out`;
      const locked = join(inDir, 'locked');
      await mkdir(locked);
      await writeFile(join(inDir, 'a.txt'), ' date 2020-01-01 Fine.\n');
      await writeFile(join(locked, 'b.txt'), ' date 2020-01-01 Behind a locked door.\n');
      await mkdir(outDir);
      await Promise.all([chmod(inDir, 0o755), chmod(join(inDir, 'a.txt'), 0o644), chmod(outDir, 0o777), chmod(locked, 0)]);
      return { inDir, outDir, locked };
    }

    it.skipIf(asRoot && !setpriv)('a subfolder: named on stderr, its files left out, exit 1 (inputs skipped)', async () => {
      const { inDir, outDir, locked } = await lockedInput();
      try {
        const run = await ingestUnprivileged('--in', inDir, '--out', outDir);
        expect(run.stderr).toMatch(/^locked\/: cannot read the folder: permission denied \(EACCES\); the files in it are left out$/m);
        expect(run.status).toBe(1);
        expect(run.stdout).toMatch(/read 1 files, wrote 1 articles .* rejected 1/);
      } finally {
        await chmod(locked, 0o755);
      }
    });

    it.skipIf(asRoot && !setpriv)('--in itself: named on stderr, exit 2 (a usage error), nothing written', async () => {
      const { outDir, locked } = await lockedInput();
      try {
        const run = await ingestUnprivileged('--in', locked, '--out', outDir);
        expect(run.stderr).toContain(`ingest: --in ${locked}: cannot read the folder: permission denied (EACCES)`);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
      } finally {
        await chmod(locked, 0o755);
      }
    });
  });
});
