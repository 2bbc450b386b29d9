import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadIngestState, saveIngestState, type IngestState, type SourceRecord } from './ingest-state';

const STATE_FILE = '.ingest-state.jsonl';
const rejected = (reason: string, size = 10): SourceRecord => ({ size, mtimeMs: 1, ok: false, reason });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'broadsheet-state-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const stateLines = async () => (await readFile(join(dir, STATE_FILE), 'utf8')).trimEnd().split('\n');

async function savedThree(): Promise<IngestState> {
  const files: Record<string, SourceRecord> = { 'a.txt': rejected('a'), 'b.txt': rejected('b'), 'c.txt': rejected('c') };
  await saveIngestState(dir, { codeVersion: 'v1', files });
  return loadIngestState(dir, 'v1');
}

describe('the ingest state', () => {
  it('appends only the sources a run changed or lost, and reads back the same state', async () => {
    const previous = await savedThree();
    const files = { 'a.txt': previous.files['a.txt']!, 'b.txt': rejected('b again', 11), 'd.txt': rejected('d') };
    await saveIngestState(dir, { codeVersion: 'v1', files }, previous);

    expect(await stateLines()).toHaveLength(1 + 3 + 3);
    expect((await loadIngestState(dir, 'v1')).files).toEqual(files);
  });

  it('touches nothing when nothing changed', async () => {
    const previous = await savedThree();
    const before = await readFile(join(dir, STATE_FILE));
    await saveIngestState(dir, { codeVersion: 'v1', files: { ...previous.files } }, previous);
    expect(await readFile(join(dir, STATE_FILE))).toEqual(before);
  });

  it('drops a line a killed run left half written, and writes the whole state on the next save', async () => {
    const previous = await savedThree();
    await appendFile(join(dir, STATE_FILE), '["b.txt",{"size":99,"mtim');
    const damaged = await loadIngestState(dir, 'v1');
    // The half line is ignored: b.txt keeps its earlier record, so a run looks at it again.
    expect(damaged.files).toEqual(previous.files);

    await saveIngestState(dir, { codeVersion: 'v1', files: { ...damaged.files, 'b.txt': rejected('b again') } }, damaged);
    expect(await stateLines()).toHaveLength(1 + 3);
    expect((await loadIngestState(dir, 'v1')).files['b.txt']).toEqual(rejected('b again'));
  });

  it('is written afresh once the appended lines outnumber the sources', async () => {
    let state = await savedThree();
    let longest = 0;
    for (let run = 0; run < 1100; run += 1) {
      await saveIngestState(dir, { codeVersion: 'v1', files: { ...state.files, 'b.txt': rejected(`run ${run}`) } }, state);
      state = await loadIngestState(dir, 'v1');
      longest = Math.max(longest, state.stored!.lines);
    }
    expect(state.files['b.txt']).toEqual(rejected('run 1099'));
    expect(longest).toBeLessThanOrEqual(2 * 3 + 1000);
    expect(state.stored!.lines).toBeLessThan(longest);
    // 1,100 saves and loads: about a second on a quiet machine, more beside other work.
  }, 30_000);

  it('is empty for other ingest code', async () => {
    await savedThree();
    expect((await loadIngestState(dir, 'v2')).files).toEqual({});
  });
});
