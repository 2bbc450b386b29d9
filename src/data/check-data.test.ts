import { describe, expect, it } from 'vitest';
import { ingestedSite } from '@/app/testing/ingested-site';
import { checkArticle } from './check-article';
import { DataMalformed } from './data-errors';

// The seed as ingest writes it, read back from its JSON file as the browser reads it.
const site = await ingestedSite();
const sample = JSON.parse(site.files.get(`articles/${site.seed.id}.json`)!);
const url = '/data/articles/x.json';

describe('checkArticle', () => {
  it('accepts an article in the format', () => {
    expect(checkArticle(sample, url, sample.id)).toBe(sample);
  });

  it.each([
    ['not an object', [], /not an article/],
    ['another id', { ...sample, id: 'other' }, /its id is "other"/],
    ['a bad date', { ...sample, date: '21/10/2020' }, /date/],
    ['no blocks', { ...sample, blocks: [] }, /no blocks/],
    ['a block of an unknown kind', { ...sample, blocks: [{ type: 'table', rows: [] }] }, /block 1 is of an unknown kind/],
    [
      'an inline of an unknown kind',
      { ...sample, blocks: [{ type: 'paragraph', inlines: [{ type: 'html', text: '<b>' }] }] },
      /unknown kind/,
    ],
    [
      'a quote without marks',
      { ...sample, blocks: [{ type: 'paragraph', inlines: [{ type: 'quote', text: 'x', speaker: null }] }] },
      /unknown kind/,
    ],
  ])('rejects %s', (_, value, problem) => {
    const check = () => checkArticle(value, url, sample.id);
    expect(check).toThrow(DataMalformed);
    expect(check).toThrow(problem);
  });
});
