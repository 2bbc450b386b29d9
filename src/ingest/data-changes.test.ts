import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesSince } from './data-changes';
import { FILE_LIMITS, keptPool, type KeptPool } from './ingest-pool';
import { runIngest } from './run-ingest';

let input: string;
let output: string;
// One worker thread for every run (starting one loads the NLP model: a second or two).
let workers: KeptPool;
beforeAll(async () => {
  input = await mkdtemp(join(tmpdir(), 'broadsheet-changes-in-'));
  output = await mkdtemp(join(tmpdir(), 'broadsheet-changes-out-'));
  workers = keptPool({ threads: 1, limits: FILE_LIMITS });
});
afterAll(() => Promise.all([workers.close(), ...[input, output].map((dir) => rm(dir, { recursive: true, force: true }))]));

const story = (date: string, text: string) => ` date ${date}\n\n${text}\n`;

describe("ingest's journal of changed files", { timeout: 120_000 }, () => {
  it('names the files each run wrote or removed, and nothing for a run that changed nothing', async () => {
    await writeFile(join(input, 'harbour.txt'), story('2024-05-01', '"We will rebuild the harbour," said Mayor Ana Reyes on Monday.'));
    await writeFile(join(input, 'budget.txt'), story('2024-05-02', 'The council passed its budget on Tuesday after a long debate.'));
    await runIngest(input, output, { workers });
    const first = await changesSince(output, null);
    expect(first.paths).toBeNull();
    expect(first.latest).not.toBeNull();

    await runIngest(input, output, { workers });
    const unchanged = await changesSince(output, first.latest);
    expect(unchanged.paths).toEqual(new Set());

    await writeFile(join(input, 'ferry.txt'), story('2024-05-03', 'The ferry will run twice a day from June, the operator said.'));
    await rm(join(input, 'budget.txt'));
    await runIngest(input, output, { workers });
    const { latest, paths } = await changesSince(output, unchanged.latest);
    expect(latest).not.toBe(unchanged.latest);
    expect(paths).toContain('articles/ferry.json');
    expect(paths).toContain('articles/budget.json');
    expect(paths).toContain('index/manifest.json');
    expect(paths).not.toContain('articles/harbour.json');
    // From the first run on: both runs' changes.
    expect((await changesSince(output, first.latest)).paths).toEqual(paths);
  });

  it('cannot say what changed after a run that did not finish: every file is to be compared', async () => {
    const { latest } = await changesSince(output, null);
    await writeFile(join(output, '.data-changes-open'), 'a run under way or killed');
    expect((await changesSince(output, latest)).paths).toBeNull();
    await runIngest(input, output, { workers });
    expect((await changesSince(output, latest)).paths).toBeNull();
    const after = await changesSince(output, null);
    await runIngest(input, output, { workers });
    expect((await changesSince(output, after.latest)).paths).toEqual(new Set());
  });
});
