import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFiles, syncFolder } from './sync-folder';

describe('syncFolder, the copy of ingest’s data into dist/', () => {
  let root: string;
  let source: string;
  let target: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sync-folder-'));
    source = join(root, 'data');
    target = join(root, 'dist', 'data');
    await mkdir(join(source, 'index', 'cards'), { recursive: true });
    await writeFile(join(source, 'index', 'manifest.json'), '{"articleCount":2}');
    await writeFile(join(source, 'index', 'cards', '0.json'), '[1,2]');
    await writeFile(join(source, '.ingest-state.jsonl'), 'ingest’s memory');
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const notHidden = (name: string) => !name.startsWith('.');

  it('copies what is new, leaves what matches by size and time, and removes what the source no longer has', async () => {
    expect(await syncFolder(source, target, notHidden)).toEqual({ copied: 2, removed: 0 });
    expect(await readFile(join(target, 'index', 'cards', '0.json'), 'utf8')).toBe('[1,2]');
    // The copy takes its source's time (to within utimes' precision), so a host's sync by time skips it next time.
    const copiedAt = (await stat(join(target, 'index', 'manifest.json'))).mtimeMs;
    expect(copiedAt).toBeCloseTo((await stat(join(source, 'index', 'manifest.json'))).mtimeMs, 0);

    await writeFile(join(source, 'index', 'cards', '0.json'), '[1,2,3]');
    await rm(join(source, 'index', 'manifest.json'));
    await writeFile(join(target, 'stray.json'), 'left from an older build');
    expect(await syncFolder(source, target, notHidden)).toEqual({ copied: 1, removed: 2 });
    expect(await listFiles(target)).toEqual(new Set(['index/cards/0.json']));
    expect(await readFile(join(target, 'index', 'cards', '0.json'), 'utf8')).toBe('[1,2,3]');
  });

  it('copies a file again when only its time differs (a rewrite with the same size)', async () => {
    await syncFolder(source, target, notHidden);
    const later = new Date(Date.now() + 60_000);
    await writeFile(join(source, 'index', 'cards', '0.json'), '[9,9]');
    await utimes(join(source, 'index', 'cards', '0.json'), later, later);
    expect(await syncFolder(source, target, notHidden)).toEqual({ copied: 1, removed: 0 });
    expect(await readFile(join(target, 'index', 'cards', '0.json'), 'utf8')).toBe('[9,9]');
  });

  it('lists paths from the folder however it is written (a trailing slash, a relative path)', async () => {
    const expected = new Set(['index/manifest.json', 'index/cards/0.json']);
    expect(await listFiles(source, notHidden)).toEqual(expected);
    expect(await listFiles(`${source}/`, notHidden)).toEqual(expected);
    expect(await listFiles(join(source, 'nothing-here'))).toEqual(new Set());
  });
});
