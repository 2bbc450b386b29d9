import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../article/article-schema';
import { createSearch } from '../query/create-search';
import type { SearchMeta } from '../shared/search-format';
import { articleFixture, quote, text } from '../testing/article-fixture';
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
    expect((await readdir(join(outDir, 'index', 'search'))).sort()).toEqual([second.build, 'meta.json'].sort());
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
