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
    const minAppendedLines = 20;
    let state = await savedThree();
    let longest = 0;
    for (let run = 0; run < 40; run += 1) {
      const next = { codeVersion: 'v1', files: { ...state.files, 'b.txt': rejected(`run ${run}`) } };
      await saveIngestState(dir, next, state, { minAppendedLines });
      state = await loadIngestState(dir, 'v1');
      longest = Math.max(longest, state.stored!.lines);
    }
    expect(state.files['b.txt']).toEqual(rejected('run 39'));
    expect(longest).toBe(2 * 3 + minAppendedLines);
    expect(state.stored!.lines).toBeLessThan(longest);
  });

  it('is empty for other ingest code', async () => {
    await savedThree();
    expect((await loadIngestState(dir, 'v2')).files).toEqual({});
  });
});
