import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QUOTES_PER_PAGE, type PeopleIndex, type PeopleMonth, type PersonFile, type PersonQuote } from '../article/people-index';
import { peopleIndex, peopleMonth, peopleNames, personFile, personQuotes } from '../article/people-index-schema';
import { writePeople, type QuotingArticle } from './write-people';

const POLITICS = 'medtop:11000000';
const WAR = 'medtop:16000000';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

function article(id: string, date: string, topics: string[], speakers: string[]): QuotingArticle {
  return {
    card: { id, date, title: `Title ${id}` },
    topics,
    quotes: speakers.map((speaker, at) => ({ n: at + 1, speaker, text: `${speaker} ${at}` })),
  };
}

async function written(articles: QuotingArticle[], dir?: string) {
  const outDir = dir ?? (await mkdtemp(join(tmpdir(), 'broadsheet-people-')));
  if (!dir) made.push(outDir);
  await writePeople(outDir, articles);
  const read = async <T>(path: string) => JSON.parse(await readFile(join(outDir, path), 'utf8')) as T;
  return { outDir, read };
}

describe('writePeople', () => {
  const archive = [
    article('c', '2021-03-02', [POLITICS], ['Jens Stoltenberg', 'Ida Rasten', 'Jens Stoltenberg']),
    article('b', '2021-02-10', [WAR], ['Jens Stoltenberg']),
    article('a', '2020-12-01', [POLITICS, WAR], ['Ida Rasten', 'Vellmark Employers’ Confederation']),
  ];

  it('writes each speaker’s quotations newest first, with months, topics and who is quoted alongside', async () => {
    const { read } = await written(archive);
    const jens = await read<PersonFile>('index/people/jens-stoltenberg.json');
    expect(jens).toMatchObject({ name: 'Jens Stoltenberg', count: 3, articles: 2, pages: 1 });
    expect(jens.quotes.map((quote) => [quote.id, quote.n])).toEqual([
      ['c', 1],
      ['c', 3],
      ['b', 1],
    ]);
    expect(jens.months).toEqual([
      ['2021-03', 2],
      ['2021-02', 1],
    ]);
    expect(jens.topics).toEqual([
      [POLITICS, 2],
      [WAR, 1],
    ]);
    expect(jens.alongside).toEqual([['ida-rasten', 'Ida Rasten', 1]]);
  });

  it('gives a body quoted once its own page too, and lists the most quoted first in the index', async () => {
    const { read } = await written(archive);
    const body = await read<PersonFile>('index/people/vellmark-employers-confederation.json');
    expect(body.count).toBe(1);
    const index = await read<PeopleIndex>('index/people.json');
    expect(index.top.map(([slug, , count]) => [slug, count])).toEqual([
      ['jens-stoltenberg', 3],
      ['ida-rasten', 2],
      ['vellmark-employers-confederation', 1],
    ]);
    expect(index.months).toEqual(['2021-03', '2021-02', '2020-12']);
    // A name shard is the first two letters of a word of the slug.
    expect(await read('index/people-names/id.json')).toEqual([['ida-rasten', 'Ida Rasten', 2]]);
    expect(await read('index/people-names/st.json')).toEqual([['jens-stoltenberg', 'Jens Stoltenberg', 3]]);
    expect(index.nameShards).toEqual(['co', 'em', 'id', 'je', 'ra', 'st', 've']);
    const december = await read<PeopleMonth>('index/people-months/2020-12.json');
    expect(december).toContainEqual(['ida-rasten', 'Ida Rasten', [[[POLITICS, WAR], 1]]]);
  });

  it('pages a long record, and removes the files (and emptied folders) of speakers no longer quoted', async () => {
    const many = Array.from({ length: QUOTES_PER_PAGE + 5 }, (_, at) =>
      article(`x${String(at).padStart(3, '0')}`, '2022-01-01', [], ['Ida Rasten']),
    );
    const { outDir, read } = await written([...many, ...archive]);
    const ida = await read<PersonFile>('index/people/ida-rasten.json');
    expect(ida.pages).toBe(2);
    expect(await read<PersonQuote[]>('index/people/ida-rasten/1.json')).toHaveLength(ida.count - QUOTES_PER_PAGE);

    await written(archive.slice(0, 1), outDir);
    await expect(stat(join(outDir, 'index/people/ida-rasten/1.json'))).rejects.toThrow();
    // Her folder of further pages goes with its last page.
    await expect(stat(join(outDir, 'index/people/ida-rasten'))).rejects.toThrow();
    await expect(stat(join(outDir, 'index/people/vellmark-employers-confederation.json'))).rejects.toThrow();
    await expect(stat(join(outDir, 'index/people-months/2020-12.json'))).rejects.toThrow();
  });

  it('writes every file in its format: the schemas the reader checks them with (data-validators.ts)', async () => {
    const many = Array.from({ length: QUOTES_PER_PAGE + 1 }, (_, at) => article(`y${at}`, '2022-01-01', [WAR], ['Ida Rasten']));
    const { outDir, read } = await written([...many, ...archive]);
    const files = (await readdir(join(outDir, 'index'), { recursive: true })).filter((file) => file.endsWith('.json'));
    const schemaOf = (file: string) =>
      file === 'people.json'
        ? peopleIndex
        : file.startsWith('people-months/')
          ? peopleMonth
          : file.startsWith('people-names/')
            ? peopleNames
            : /^people\/[^/]+\/\d+\.json$/.test(file)
              ? personQuotes
              : personFile;
    const misfits = [];
    for (const file of files) {
      const result = schemaOf(file).safeParse(await read(join('index', file)));
      if (!result.success) misfits.push(`${file}: ${result.error.message}`);
    }
    expect(files).toContain('people/ida-rasten/1.json');
    expect(misfits).toEqual([]);
  });

  it('on a re-run, writes back a missing file and keeps the others untouched, whatever its stamps say', async () => {
    const { outDir } = await written(archive);
    const ida = join(outDir, 'index/people/ida-rasten.json');
    const jens = join(outDir, 'index/people/jens-stoltenberg.json');
    const idaText = await readFile(ida, 'utf8');
    const jensTime = (await stat(jens)).mtimeMs;
    await rm(ida);
    await written(archive, outDir);
    expect(await readFile(ida, 'utf8')).toBe(idaText);
    expect((await stat(jens)).mtimeMs).toBe(jensTime);

    await writeFile(join(outDir, '.people-stamps.json'), 'not json');
    await rm(ida);
    await written(archive, outDir);
    expect(await readFile(ida, 'utf8')).toBe(idaText);
    expect((await stat(jens)).mtimeMs).toBe(jensTime);
  });
  it('given the names a change quoted, makes only their files and their companions’, as a full run would', async () => {
    const before = [
      ...archive,
      article('d', '2020-11-01', [WAR], ['Ida Rasten', 'Tomas Berg']),
      article('e', '2020-10-01', [POLITICS], ['Tomas Berg', 'Aud Lien']),
      article('f', '2020-09-01', [POLITICS], ['Aud Lien']),
    ];
    // Article d now spells Ida's name another way, most often (so Vellmark's file, quoted alongside her in
    // article a, names her anew), and quotes someone new; article b is gone.
    const after = before
      .filter(({ card }) => card.id !== 'b')
      .map((each) =>
        each.card.id === 'd' ? article('d', '2020-11-01', [WAR], ['Ida rasten', 'Ida rasten', 'Ida rasten', 'Per Holm']) : each,
      );
    // What run-ingest.ts passes: the names quoted in b and d, before and after, and their months.
    const changed = {
      speakers: new Set(['Jens Stoltenberg', 'Ida Rasten', 'Tomas Berg', 'Ida rasten', 'Per Holm']),
      months: new Set(['2021-02', '2020-11']),
    };

    const { outDir } = await written(before);
    const untouched = join(outDir, 'index/people/aud-lien.json');
    const audTime = (await stat(untouched)).mtimeMs;
    // A month no change reaches keeps its file untouched.
    const september = join(outDir, 'index/people-months/2020-09.json');
    const septemberTime = (await stat(september)).mtimeMs;
    await writePeople(outDir, after, changed);
    const { outDir: fresh } = await written(after);

    const filesOf = async (dir: string) => {
      const paths = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      return new Map(
        await Promise.all(
          paths.map(
            async (entry) =>
              [join(entry.parentPath, entry.name).slice(dir.length), await readFile(join(entry.parentPath, entry.name), 'utf8')] as const,
          ),
        ),
      );
    };
    expect(await filesOf(outDir)).toEqual(await filesOf(fresh));
    expect((await stat(untouched)).mtimeMs).toBe(audTime);
    expect((await stat(september)).mtimeMs).toBe(septemberTime);
  });
});
