import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/run-ingest';
import { makeFuzzCorpus } from '../fuzz/make-fuzz-corpus';

const root = await mkdtemp(join(tmpdir(), 'broadsheet-fuzz-'));
afterAll(() => rm(root, { recursive: true, force: true }));

// 150 odd files (tests/fuzz/make-fuzz-corpus.ts): about 4 s of ingest's CPU, the rest is starting up.
describe('ingest of a folder of odd files', { timeout: 900_000 }, () => {
  it('writes or rejects every file, with a reason, and none runs into the limits', async () => {
    const inDir = join(root, 'in');
    const outDir = join(root, 'out');
    // Long runs up to 100 KB: every odd shape, at a size a busy machine does well within the time limit.
    const made = await makeFuzzCorpus(inDir, { count: 150, seed: 7, maxBytes: 100_000 });

    // One worker thread: a second would load the NLP model again for little work, while other test files run.
    const report = await runIngest(inDir, outDir, { threads: 1 });

    const written = new Set<string>();
    for (const file of await readdir(join(outDir, 'articles'))) {
      written.add((JSON.parse(await readFile(join(outDir, 'articles', file), 'utf8')) as { source: string }).source);
    }
    const rejected = new Map(report.rejected.map(({ source, reason }) => [source, reason]));
    const unaccounted = made.filter((source) => !written.has(source) && !rejected.get(source)?.trim());
    expect(unaccounted).toEqual([]);
    expect([...written].filter((source) => rejected.has(source))).toEqual([]);
    expect(report.rejected.filter(({ reason }) => /took longer than|used more than|internal error/.test(reason))).toEqual([]);
    expect(report.written).toBe(written.size);
    expect(written.size).toBeGreaterThan(20);
  });
});
