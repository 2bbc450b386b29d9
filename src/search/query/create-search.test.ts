import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD } from '../shared/search-format';
import { sampleSearch, type SampleSearch } from '../testing/sample-search';

const SEED = '000-2109c60526df57ad';

describe('search over the sample corpus', () => {
  let sample: SampleSearch;
  const idsOf = async (query: string) => [...(await sample.search.search(query)).ordinals].map((ordinal) => sample.ids[ordinal]);

  beforeAll(async () => {
    sample = await sampleSearch();
  }, 60_000);
  afterAll(async () => {
    await rm(sample.outDir, { recursive: true, force: true });
  });

  it('ranks the seed first for "Stoltenberg Taliban", found in its title, quotations and speakers', async () => {
    const { ordinals, fields, terms } = await sample.search.search('Stoltenberg Taliban');
    expect(sample.ids[ordinals[0]!]).toBe(SEED);
    expect(fields[0]! & FIELD.quote).toBeTruthy();
    expect(fields[0]! & FIELD.speaker).toBeTruthy();
    expect(terms).toEqual(expect.arrayContaining(['stoltenberg', 'taliban']));
  });

  it('forgives a typo and says which word it matched, for highlighting', async () => {
    const { ordinals, terms } = await sample.search.search('stoltenbrg');
    expect(sample.ids[ordinals[0]!]).toBe(SEED);
    expect(terms).toContain('stoltenberg');
  });

  it('completes a word being typed', async () => {
    expect(await idsOf('stolte')).toContain(SEED);
    expect((await sample.search.search('stolte')).terms).toContain('stoltenberg');
  });

  it('matches a "quoted phrase" only where its words stand side by side', async () => {
    expect(await idsOf('"stand together"')).toContain(SEED);
    expect(await idsOf('"together stand"')).toEqual([]);
    expect(await idsOf('"live up to their commitments"')).toEqual([SEED]);
  });

  it('needs every word to match', async () => {
    expect(await idsOf('Stoltenberg measles')).toEqual([]);
  });

  it('finds nothing for a word no article holds', async () => {
    expect((await sample.search.search('xylophonist')).ordinals).toHaveLength(0);
  });

  it('does not fetch anything for an empty query', async () => {
    const before = sample.fetched.length;
    expect((await sample.search.search('  " ')).ordinals).toHaveLength(0);
    expect(sample.fetched.length).toBe(before);
  });

  it('searches topic names and named entities', async () => {
    const { ordinals, fields } = await sample.search.search('Doha');
    expect([...ordinals].map((ordinal) => sample.ids[ordinal])).toContain(SEED);
    expect(fields[0]! & FIELD.entity).toBeTruthy();
  });

  it('gives ordinals in rank order, each once', async () => {
    const { ordinals, scores } = await sample.search.search('said');
    expect(ordinals.length).toBeGreaterThan(10);
    expect(new Set(ordinals).size).toBe(ordinals.length);
    for (let index = 1; index < ordinals.length; index += 1) {
      expect(scores[index - 1]).toBeGreaterThanOrEqual(scores[index]!);
      if (scores[index - 1] === scores[index]) expect(ordinals[index - 1]).toBeLessThan(ordinals[index]!);
    }
  });

  it('fetches only the meta file, the term shards and the postings a query needs', async () => {
    const fetched = sample.fetched;
    expect(fetched[0]).toBe('index/search/meta.json');
    expect(
      fetched.every((path) => /^index\/search\/(meta\.json|terms\/\d+\.json|(sealed|recent)\/(postings|pairs)\/\d+\.json)$/.test(path)),
    ).toBe(true);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
