import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../article/article-schema';
import { createSearch } from '../query/create-search';
import type { SearchMeta } from '../shared/search-format';
import { articleFixture, quote, text } from '../testing/article-fixture';
import { SEARCH_LAYOUT } from './write-search-files';
import { writeSearchIndex } from './write-search-index';

describe('writeSearchIndex', () => {
  let outDir: string;
  const put = async (article: Article) => {
    await mkdir(join(outDir, 'articles'), { recursive: true });
    await writeFile(join(outDir, 'articles', `${article.id}.json`), JSON.stringify(article));
  };
  const idsFor = async (ids: string[], query: string) => {
    const search = createSearch(`${outDir}/`, { fetchJson: async (url) => JSON.parse(await readFile(url, 'utf8')) as unknown });
    return [...(await search.search(query)).ordinals].map((ordinal) => ids[ordinal]);
  };
  const meta = async () => JSON.parse(await readFile(join(outDir, 'index', 'search', 'meta.json'), 'utf8')) as SearchMeta;

  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-build-'));
    await put(articleFixture('ferry', [[text('The ferry to Ostvik sails again after the storm.')]]));
    await put(articleFixture('mill', [[text('The old mill reopens. '), quote('Bread again at last', 'Ilse Marrow')]]));
  });
  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('indexes the articles in list order and finds them by their words and speakers', async () => {
    const report = await writeSearchIndex(outDir, ['mill', 'ferry']);
    expect(report).toMatchObject({ articles: 2, read: 2, reused: 0, unchanged: false });
    expect(await idsFor(['mill', 'ferry'], 'ostvik')).toEqual(['ferry']);
    expect(await idsFor(['mill', 'ferry'], 'marrow')).toEqual(['mill']);
    expect((await meta()).articleCount).toBe(2);
  });

  it('writes nothing when no article changed', async () => {
    const first = await writeSearchIndex(outDir, ['mill', 'ferry']);
    const second = await writeSearchIndex(outDir, ['mill', 'ferry']);
    expect(second).toMatchObject({ read: 0, reused: 2, unchanged: true, build: first.build, files: 0 });
  });

  it('reads again only a changed article, and leaves no file of the older build', async () => {
    const first = await writeSearchIndex(outDir, ['mill', 'ferry']);
    await put(articleFixture('ferry', [[text('The ferry to Brannock is cancelled.')]]));
    const second = await writeSearchIndex(outDir, ['mill', 'ferry']);
    expect(second).toMatchObject({ read: 1, reused: 1, unchanged: false });
    expect(second.build).not.toBe(first.build);
    // Two articles are all in the recent part (search-format.ts); no sealed file, no term of the old text.
    expect((await readdir(join(outDir, 'index', 'search'), { recursive: true })).sort()).toEqual(
      ['meta.json', 'recent', 'recent/pairs', 'recent/pairs/0.json', 'terms', 'terms/0.json'].sort(),
    );
    expect(await idsFor(['mill', 'ferry'], 'brannock')).toEqual(['ferry']);
    expect(await idsFor(['mill', 'ferry'], 'ostvik')).toEqual([]);
  });

  it('follows new ordinals when a newer article arrives', async () => {
    await writeSearchIndex(outDir, ['mill', 'ferry']);
    await put(articleFixture('bridge', [[text('A new bridge for Ostvik.')]]));
    const report = await writeSearchIndex(outDir, ['bridge', 'mill', 'ferry']);
    expect(report).toMatchObject({ read: 1, reused: 2 });
    expect(await idsFor(['bridge', 'mill', 'ferry'], 'ostvik')).toEqual(expect.arrayContaining(['bridge', 'ferry']));
    expect(await idsFor(['bridge', 'mill', 'ferry'], 'mill')).toEqual(['mill']);
  });

  it('starts afresh from a damaged cache once something changes', async () => {
    await writeSearchIndex(outDir, ['mill', 'ferry']);
    await writeFile(join(outDir, '.search-cache.bin'), 'not a cache');
    expect(await writeSearchIndex(outDir, ['mill', 'ferry'])).toMatchObject({ unchanged: true });
    await put(articleFixture('ferry', [[text('The ferry to Brannock is cancelled.')]]));
    expect(await writeSearchIndex(outDir, ['mill', 'ferry'])).toMatchObject({ read: 2, reused: 0 });
  });

  it('keeps the ordinals of an article whose file is missing, finding nothing in it', async () => {
    await writeSearchIndex(outDir, ['gone', 'mill', 'ferry']);
    expect(await idsFor(['gone', 'mill', 'ferry'], 'ostvik')).toEqual(['ferry']);
  });
});

describe('writeSearchIndex told which articles changed', () => {
  let outDir: string;
  beforeEach(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-changed-'));
    await mkdir(join(outDir, 'articles'), { recursive: true });
    for (const article of [
      articleFixture('ferry', [[text('The ferry to Ostvik sails again.')]]),
      articleFixture('mill', [[text('The old mill reopens.')]]),
    ]) {
      await writeFile(join(outDir, 'articles', `${article.id}.json`), JSON.stringify(article));
    }
  });
  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  it('reads only those articles, and nothing at all when none changed', async () => {
    await writeSearchIndex(outDir, ['mill', 'ferry']);
    expect(await writeSearchIndex(outDir, ['mill', 'ferry'], { changedIds: new Set() })).toMatchObject({ unchanged: true, read: 0 });
    await writeFile(join(outDir, 'articles', 'mill.json'), JSON.stringify(articleFixture('mill', [[text('The mill burns.')]])));
    expect(await writeSearchIndex(outDir, ['mill', 'ferry'], { changedIds: new Set(['mill']) })).toMatchObject({
      unchanged: false,
      read: 1,
    });
  });

  it('still reads an article the cache does not hold', async () => {
    expect(await writeSearchIndex(outDir, ['mill', 'ferry'], { changedIds: new Set() })).toMatchObject({ read: 2 });
  });
});

describe('writeSearchIndex for an empty corpus', () => {
  it('writes an index that finds nothing', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-empty-'));
    try {
      expect(await writeSearchIndex(outDir, [])).toMatchObject({ articles: 0, unchanged: false });
      const search = createSearch(`${outDir}/`, { fetchJson: async (url) => JSON.parse(await readFile(url, 'utf8')) as unknown });
      expect((await search.search('anything')).ordinals).toHaveLength(0);
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  });
});

/** Each test below builds the index two or three times: seconds on a busy machine. */
const BUILDS_TIMEOUT = 60_000;

describe('writeSearchIndex as newer articles arrive', () => {
  /** A sealed part of 4 articles at a time (SEARCH_LAYOUT's step is 1,024), and postings files for any term in two. */
  const layout = { ...SEARCH_LAYOUT, sealedStep: 4, inlineMaxDf: 1 };
  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const towns = [
    'Ostvik',
    'Brannock',
    'Harlow',
    'Kessel',
    'Marrowby',
    'Tindle',
    'Velling',
    'Quarry',
    'Dunmere',
    'Ashcombe',
    'Pell',
    'Rook',
  ];
  /**
   * Article i: a ferry to town i; the list is newest first, so the newest (the last made) comes first. The
   * eleventh also names the first article's town, which is then in two articles: one sealed, one recent.
   */
  const article = (at: number) =>
    articleFixture(`a${at}`, [[text(`The ferry to ${towns[at]}${at === 10 ? ' and Ostvik' : ''} sails again, the harbour master said.`)]]);
  const idsOf = (count: number) => Array.from({ length: count }, (_, at) => `a${count - 1 - at}`);
  /** With `changedIds`, as ingest calls it: the articles it wrote on this run. */
  async function indexOf(count: number, outDir?: string, changedIds?: ReadonlySet<string>) {
    const dir = outDir ?? (await mkdtemp(join(tmpdir(), 'broadsheet-search-grow-')));
    if (!outDir) dirs.push(dir);
    await mkdir(join(dir, 'articles'), { recursive: true });
    for (let at = 0; at < count; at += 1) {
      const path = join(dir, 'articles', `a${at}.json`);
      if (!(await readFile(path).catch(() => null))) await writeFile(path, JSON.stringify(article(at)));
    }
    const report = await writeSearchIndex(dir, idsOf(count), { layout, changedIds });
    return { dir, report };
  }
  const filesOf = async (dir: string) => {
    const root = join(dir, 'index', 'search');
    const files = new Map<string, { text: string; mtimeMs: number }>();
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(root.length + 1), { text: await readFile(path, 'utf8'), mtimeMs: (await stat(path)).mtimeMs });
    }
    return files;
  };
  const textsOf = (files: Map<string, { text: string }>) => new Map([...files].map(([path, file]) => [path, file.text]));
  const searchOf = (dir: string) =>
    createSearch(`${dir}/`, { fetchJson: async (url) => JSON.parse(await readFile(url, 'utf8')) as unknown });

  it(
    'leaves the sealed part alone, and writes what a build from scratch writes',
    async () => {
      const { dir } = await indexOf(10);
      const before = await filesOf(dir);
      expect([...before.keys()].filter((path) => path.startsWith('sealed/postings/')).length).toBeGreaterThan(0);
      const { report } = await indexOf(11, dir);
      const after = await filesOf(dir);

      for (const [path, file] of before) if (path.startsWith('sealed/')) expect(after.get(path)).toEqual(file);
      // Taken from the last build's table, not built again from its articles.
      expect(report.sealed).toBe('kept');
      expect(report.written).toBeLessThan(report.files);
      const scratch = await filesOf((await indexOf(11)).dir);
      expect(textsOf(after)).toEqual(textsOf(scratch));
      expect(report.bytes).toBe((await indexOf(11)).report.bytes);

      // Told which article changed, as ingest does: the sealed articles' terms are not even loaded.
      await rm(join(dir, '.search-cache-sealed.bin'));
      const full = articleFixture('a10', [[text('The ferry to Pell and Ostvik is full, the harbour master said.')]]);
      const scratchDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-grow-'));
      dirs.push(scratchDir);
      await mkdir(join(scratchDir, 'articles'), { recursive: true });
      for (const where of [dir, scratchDir]) await writeFile(join(where, 'articles', 'a10.json'), JSON.stringify(full));
      expect((await indexOf(11, dir, new Set(['a10']))).report).toMatchObject({ sealed: 'kept', read: 1 });
      expect(textsOf(await filesOf(dir))).toEqual(textsOf(await filesOf((await indexOf(11, scratchDir)).dir)));

      const ids = idsOf(11);
      const found = async (query: string) => [...(await searchOf(dir).search(query)).ordinals].map((ordinal) => ids[ordinal]);
      expect(await found('pell')).toEqual(['a10']);
      expect((await found('ostvik')).sort()).toEqual(['a0', 'a10']);
      expect((await found('ferry')).sort()).toEqual([...ids].sort());
      expect((await found('"harbour master"')).sort()).toEqual([...ids].sort());
    },
    BUILDS_TIMEOUT,
  );

  it(
    'builds the sealed part again when it grows, when a sealed article changes, and when its table is lost',
    async () => {
      const { dir } = await indexOf(10);
      // 10 to 12 articles: the sealed part grows from 8 to 12.
      expect((await indexOf(12, dir, new Set(['a10', 'a11']))).report.sealed).toBe('built');
      expect(textsOf(await filesOf(dir))).toEqual(textsOf(await filesOf((await indexOf(12)).dir)));
      expect((await indexOf(12, dir)).report.sealed).toBe(null);

      // The oldest article, in the sealed part, says something else.
      const changed = articleFixture('a0', [[text('The ferry to Ostvik is cancelled, the harbour master said.')]]);
      await writeFile(join(dir, 'articles', 'a0.json'), JSON.stringify(changed));
      const rebuilt = await indexOf(12, dir, new Set(['a0']));
      expect(rebuilt.report).toMatchObject({ sealed: 'built', read: 1 });
      const scratchDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-grow-'));
      dirs.push(scratchDir);
      await mkdir(join(scratchDir, 'articles'), { recursive: true });
      await writeFile(join(scratchDir, 'articles', 'a0.json'), JSON.stringify(changed));
      expect(textsOf(await filesOf(dir))).toEqual(textsOf(await filesOf((await indexOf(12, scratchDir)).dir)));
      expect([...(await searchOf(dir).search('cancelled')).ordinals].map((ordinal) => idsOf(12)[ordinal])).toEqual(['a0']);

      // Without its table the part is built again, to the same bytes.
      await rm(join(dir, '.search-sealed.bin'));
      const late = articleFixture('a11', [[text('The ferry to Rook is late.')]]);
      for (const where of [dir, scratchDir]) await writeFile(join(where, 'articles', 'a11.json'), JSON.stringify(late));
      expect((await indexOf(12, dir)).report.sealed).toBe('built');
      expect(textsOf(await filesOf(dir))).toEqual(textsOf(await filesOf((await indexOf(12, scratchDir)).dir)));
    },
    BUILDS_TIMEOUT,
  );

  it(
    'answers a page whose list is older than the index with that list’s positions, leaving newer articles out',
    async () => {
      const { dir } = await indexOf(11);
      const ids = idsOf(10);
      const results = await searchOf(dir).search('ferry', 10);
      expect([...results.ordinals].map((ordinal) => ids[ordinal]).sort()).toEqual([...ids].sort());
      expect([...(await searchOf(dir).search('pell', 10)).ordinals]).toEqual([]);
    },
    BUILDS_TIMEOUT,
  );

  it(
    'reads meta.json again when a file is of a newer build than the one it holds',
    async () => {
      const { dir } = await indexOf(10);
      const search = searchOf(dir);
      await search.warm();
      await indexOf(11, dir);
      const ids = idsOf(11);
      expect([...(await search.search('pell')).ordinals].map((ordinal) => ids[ordinal])).toEqual(['a10']);
      expect((await search.search('ferry')).ordinals).toHaveLength(11);
    },
    BUILDS_TIMEOUT,
  );
});
