import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from './command-line';

const USAGE = 'usage: npm run thing [-- --count <n>] [--verbose]';
const OPTIONS = { count: { type: 'string' }, verbose: { type: 'boolean', short: 'v' } } as const;

describe('parseCommandLine', () => {
  it('gives the flags when they are all known', () => {
    expect(parseCommandLine(USAGE, OPTIONS, ['--count', '3', '-v'])).toEqual({ values: { count: '3', verbose: true } });
    expect(parseCommandLine(USAGE, OPTIONS, [])).toEqual({ values: {} });
  });

  it('answers --help and -h with the usage and exit 0, whatever else is there', () => {
    expect(parseCommandLine(USAGE, OPTIONS, ['--help'])).toEqual({ exitCode: 0, stdout: USAGE });
    expect(parseCommandLine(USAGE, OPTIONS, ['--bogus', '-h'])).toEqual({ exitCode: 0, stdout: USAGE });
  });

  it('refuses an unknown flag, a missing value and a stray argument with one line, the usage and exit 2', () => {
    expect(parseCommandLine(USAGE, OPTIONS, ['--bogus'])).toEqual({ exitCode: 2, stderr: `Unknown option '--bogus'\n\n${USAGE}` });
    expect(parseCommandLine(USAGE, OPTIONS, ['--count'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^Option '--count <value>' argument missing\n/),
    });
    expect(parseCommandLine(USAGE, OPTIONS, ['extra'])).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^Unexpected argument 'extra'/),
    });
  });

  it('gives a script that takes bare arguments up to as many as it says, and refuses one more', () => {
    const one = { positionals: 1 };
    expect(parseCommandLine(USAGE, OPTIONS, ['0.4', '-v'], one)).toEqual({ values: { verbose: true }, positionals: ['0.4'] });
    expect(parseCommandLine(USAGE, OPTIONS, [], one)).toEqual({ values: {}, positionals: [] });
    expect(parseCommandLine(USAGE, OPTIONS, ['0.4', 'extra'], one)).toEqual({
      exitCode: 2,
      stderr: `Unexpected argument 'extra': this command takes at most 1\n\n${USAGE}`,
    });
    expect(parseCommandLine(USAGE, OPTIONS, ['0.4', '--bogus'], one)).toMatchObject({ exitCode: 2 });
    expect(parseCommandLine(USAGE, OPTIONS, ['0.4', '-h'], one)).toEqual({ exitCode: 0, stdout: USAGE });
  });
});

/**
 * Scripts that read their command line some other way. serve.ts (npm start) keeps the contract with its own code;
 * derive-taxonomy.ts, run once per IPTC release, still reads its one argument from process.argv.
 */
const OWN_WAY = new Set(['scripts/command-line.ts', 'scripts/serve.ts', 'scripts/derive-taxonomy.ts']);

describe('the scripts that take flags', () => {
  it('all read them with readCommandLine or parseCommandLine, so --help, a wrong flag and a failure answer alike', () => {
    // Read from the folders, so that it holds in any copy of the project; hidden folders are left out (bench/.cache
    // holds throwaway copies and the benchmark's corpora, hundreds of thousands of files).
    const root = join(import.meta.dirname, '..');
    const sources = ['scripts', 'bench', 'tests/eval', 'tests/fuzz'].flatMap((folder) => scriptsUnder(root, folder));
    const notShared = sources.filter((path) => {
      const source = readFileSync(join(root, path), 'utf8');
      const readsFlags = /process\.argv|\bparseArgs\(/.test(source);
      return readsFlags && !OWN_WAY.has(path) && !/\b(?:readCommandLine\w*|parseCommandLine)\(/.test(source);
    });
    expect(sources).toContain('scripts/speakers/train.ts');
    expect(notShared).toEqual([]);
  });
});

/** The .ts files under `folder` (relative to `root`) but tests, not looking into hidden folders. */
function scriptsUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : scriptsUnder(root, path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Each run starts Node with tsx, which takes seconds on a busy machine. */
const SPAWN_TIMEOUT = 120_000;

/** A script run as `npm run` runs it: node with tsx. */
function runScript(script: string, args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

describe('the scripts, run for real', () => {
  it(
    'npm run eval -- --help prints the usage and exits 0',
    () => {
      const help = runScript('tests/eval/run-eval.ts', ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npm run eval /);
    },
    SPAWN_TIMEOUT,
  );

  it.each(['tests/eval/run-eval.ts', 'bench/run-bench.ts', 'bench/make-corpus.ts', 'scripts/write-json-schema.ts'])(
    '%s refuses an unknown flag with one line, its usage and exit 2, without a stack trace',
    (script) => {
      const wrong = runScript(script, ['--no-such-flag']);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toMatch(/^Unknown option '--no-such-flag'\n\nusage: npm run /);
      expect(wrong.stderr).not.toMatch(/\n\s+at /);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'scripts/speakers/train.ts --help prints the usage and exits 0 without training or writing the weights',
    () => {
      // Training is deterministic and would write the same bytes: the file's time says whether it was written.
      const weights = 'src/ingest/understand/speaker-weights.json';
      const before = statSync(weights).mtimeMs;
      const help = runScript('scripts/speakers/train.ts', ['--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: npx tsx scripts\/speakers\/train\.ts /);
      expect(help.stderr).toBe('');
      expect(statSync(weights).mtimeMs).toBe(before);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'reports a failure as one line and exit 1, not a stack trace',
    () => {
      const failed = runScript('bench/make-corpus.ts', ['--count', '1', '--out', 'package.json']);
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe(`error: ENOTDIR: not a directory, scandir '${process.cwd()}/package.json'\n`);
    },
    SPAWN_TIMEOUT,
  );
});
