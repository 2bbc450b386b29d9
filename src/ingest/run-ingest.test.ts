import { mkdtemp, mkdir, readFile, readdir, rm, utimes, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleCard, SiteManifest } from '../article/site-index';
import { FILE_LIMITS, keptPool, type KeptPool } from './ingest-pool';
import { runIngest } from './run-ingest';

const SEED = new URL('../../content/000_2109c60526df57ad.txt', import.meta.url);
let inDir: string;
let outDir: string;

// One worker thread for all of this file’s runs (starting one loads the NLP model: a second or two).
let workers: KeptPool;
beforeAll(() => {
  workers = keptPool({ threads: 1, limits: FILE_LIMITS });
});
afterAll(() => workers.close());
/** A run on this file's folders, in the kept thread. */
const ingest = () => runIngest(inDir, outDir, { workers });

beforeEach(async () => {
  const root = await mkdtemp(join(tmpdir(), 'broadsheet-ingest-'));
  inDir = join(root, 'in');
  outDir = join(root, 'out');
  await mkdir(inDir, { recursive: true });
});
afterEach(async () => {
  await rm(join(inDir, '..'), { recursive: true, force: true });
});

const put = async (path: string, content: string | Uint8Array) => {
  await mkdir(join(inDir, path, '..'), { recursive: true });
  await writeFile(join(inDir, path), content);
};
const readJson = async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(outDir, path), 'utf8')) as T;
const article = (date: string, body: string) => ` date ${date}\n${body}\n`;

describe('runIngest', { timeout: 120_000 }, () => {
  it('writes one file per article and an index of cards, newest first, from nested folders', async () => {
    await copyFile(SEED, join(inDir, '000_2109c60526df57ad.txt'));
    await put('world/2021/briefs.txt', article('2021-03-04', 'The harbour reopened on Thursday after repairs.'));
    await put('minimal.json', JSON.stringify({ date: '2019-05-06', title: 'Bridge closes for a week', body: 'The bridge closes.' }));

    const report = await ingest();

    expect(report).toMatchObject({ read: 3, written: 3, processed: 3, rejected: [] });
    expect((await readdir(join(outDir, 'articles'))).sort()).toEqual([
      '000-2109c60526df57ad.json',
      'minimal.json',
      'world-2021-briefs.json',
    ]);
    const manifest = await readJson<SiteManifest>('index/manifest.json');
    expect(manifest).toMatchObject({ articleCount: 3, chunkCount: 1, newest: '2021-03-04', oldest: '2019-05-06' });
    const cards = await readJson<ArticleCard[]>('index/cards/0.json');
    expect(cards.map((card) => card.id)).toEqual(['world-2021-briefs', '000-2109c60526df57ad', 'minimal']);
    expect(cards[2]?.title).toBe('Bridge closes for a week');
  });

  it('rejects each bad file with its reason and still writes every good one', async () => {
    await copyFile(SEED, join(inDir, 'good.txt'));
    await put('no-date.txt', 'Just a paragraph, no date line.\n');
    await put('impossible-date.txt', article('2021-02-30', 'A day that never was.'));
    await put('empty.txt', '');
    await put('binary.txt', new Uint8Array([0, 1, 2, 3, 0, 0, 255]));
    await put('latin1.txt', new Uint8Array([...new TextEncoder().encode(' date 2020-01-01 caf'), 0xe9]));
    await put('bad-field.json', JSON.stringify({ date: '2020-13-01', body: 'x' }));
    await put('not-json.json', '{ "date": ');

    const report = await ingest();

    const reasons = Object.fromEntries(report.rejected.map(({ source, reason }) => [source, reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ['bad-field.json', 'binary.txt', 'empty.txt', 'impossible-date.txt', 'latin1.txt', 'no-date.txt', 'not-json.json'].sort(),
    );
    expect(reasons['no-date.txt']).toMatch(/date/);
    expect(reasons['impossible-date.txt']).toMatch(/2021-02-30|calendar day/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/invalid UTF-8 at byte 20/);
    expect(reasons['bad-field.json']).toMatch(/^JSON fails the article schema: date: /);
    expect(reasons['not-json.json']).toMatch(/invalid JSON/);
    expect(report.written).toBe(1);
    expect(await readdir(join(outDir, 'articles'))).toEqual(['good.json']);
  });

  it('gives an id to the first file in path order when two files would share it, on every run', async () => {
    await put('a/b.txt', article('2020-01-01', 'First.'));
    await put('a-b.txt', article('2020-01-02', 'Second.'));

    const report = await ingest();

    expect(report.rejected).toEqual([{ source: 'a/b.txt', reason: 'its id "a-b" is already taken by a-b.txt' }]);
    expect((await readJson<{ source: string }>('articles/a-b.json')).source).toBe('a-b.txt');
  });

  it('keeps an id stated by an unchanged JSON file from a later text file with the same path-derived id', async () => {
    await put('z.json', JSON.stringify({ id: 'a', date: '2020-01-01', title: 'Stated', body: 'From JSON.' }));
    await ingest();
    await put('y/b.txt', article('2020-01-02', 'Text.'));
    await put('a.txt', article('2020-01-03', 'Earlier in path order.'));

    const report = await ingest();

    expect(report.processed).toBe(2);
    expect(report.rejected).toEqual([{ source: 'z.json', reason: 'the id "a" it states is already taken by a.txt' }]);
    expect((await readJson<{ source: string }>('articles/a.json')).source).toBe('a.txt');
    expect((await readJson<{ source: string }>('articles/y-b.json')).source).toBe('y/b.txt');
  });

  it('processes only what changed on the next run, and removes the articles of deleted files', async () => {
    await put('one.txt', article('2020-01-01', 'One.'));
    await put('two.txt', article('2020-01-02', 'Two.'));
    expect((await ingest()).processed).toBe(2);

    expect(await ingest()).toMatchObject({ read: 2, written: 2, processed: 0 });

    await put('two.txt', article('2020-01-02', 'Two, revised.\n\nWith a second paragraph.'));
    const later = new Date(Date.now() + 5_000);
    await utimes(join(inDir, 'two.txt'), later, later);
    await rm(join(inDir, 'one.txt'));
    expect(await ingest()).toMatchObject({ read: 1, written: 1, processed: 1 });
    expect(await readdir(join(outDir, 'articles'))).toEqual(['two.json']);
    expect((await readJson<ArticleCard[]>('index/cards/0.json')).map((card) => card.excerpt)).toEqual(['With a second paragraph.']);
  });

  it('still reports a rejected file on a run that does not process it again', async () => {
    await put('broken.txt', 'no date\n');
    expect((await ingest()).rejected).toHaveLength(1);
    const again = await ingest();
    expect(again).toMatchObject({ processed: 0, rejected: [{ source: 'broken.txt' }] });
  });

  it('leaves the threads a caller keeps running after a run, the same ones', async () => {
    const before = [...workers.pool.threads];
    await put('a.txt', article('2022-01-01', 'A short story.'));
    expect(await ingest()).toMatchObject({ written: 1, rejected: [] });
    expect(workers.pool.threads).toEqual(before);
    expect(before).toHaveLength(1);
  });

  // Starting the worker threads loads the NLP model in each: seconds, not milliseconds.
  it('spreads a larger corpus over worker threads with the same result', { timeout: 60_000 }, async () => {
    const count = 80;
    for (let index = 0; index < count; index += 1) {
      const day = String((index % 28) + 1).padStart(2, '0');
      await put(`batch/${index}.txt`, article(`2022-02-${day}`, `Story number ${index}.`));
    }
    const report = await runIngest(inDir, outDir);
    expect(report).toMatchObject({ read: count, written: count, processed: count, rejected: [] });
    const manifest = await readJson<SiteManifest>('index/manifest.json');
    expect(manifest.days.reduce((total, [, perDay]) => total + perDay, 0)).toBe(count);
  });
});
