import { describe, expect, it } from 'vitest';
import { ingestedSite } from '@/app/testing/ingested-site';
import { checkArticle } from './check-article';
import { checkCards, checkManifest } from './check-index';
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
    ['not an object', [], /not an article \(the whole file breaks the rule "type"\)/],
    ['another id', { ...sample, id: 'other' }, /its id is "other"/],
    ['a bad date', { ...sample, date: '21/10/2020' }, /date breaks the rule "pattern"/],
    ['no blocks', { ...sample, blocks: [] }, /blocks breaks the rule "minItems"/],
    ['a block of an unknown kind', { ...sample, blocks: [{ type: 'table', rows: [] }] }, /blocks\/0/],
    [
      'an inline of an unknown kind',
      { ...sample, blocks: [{ type: 'paragraph', inlines: [{ type: 'html', text: '<b>' }] }] },
      /blocks\/0 breaks the rule "oneOf"/,
    ],
    [
      'a quote without marks',
      { ...sample, blocks: [{ type: 'paragraph', inlines: [{ type: 'quote', text: 'x', speaker: null }] }] },
      /blocks\/0 breaks the rule "oneOf"/,
    ],
    ['entities that are not lists of names', { ...sample, entities: { people: 'x', organisations: [], places: [] } }, /entities\/people/],
    ['metadata of the wrong shape', { ...sample, metadata: { byline: 3 } }, /metadata\/byline/],
  ])('rejects %s', (_, value, problem) => {
    const check = () => checkArticle(value, url, sample.id);
    expect(check).toThrow(DataMalformed);
    expect(check).toThrow(problem);
  });
});

describe('checkManifest and checkCards', () => {
  const manifest = JSON.parse(site.files.get('index/manifest.json')!);
  const cards = JSON.parse(site.files.get('index/cards/0.json')!);

  it('accept the index files as ingest writes them', () => {
    expect(checkManifest(manifest, url)).toBe(manifest);
    expect(checkCards(cards, url)).toBe(cards);
  });

  it.each([
    ['another format', () => checkManifest({ ...manifest, format: 2 }, url), /index format 2, and this reader reads format 1/],
    ['a manifest without days', () => checkManifest({ ...manifest, days: undefined }, url), /damaged: it is not a site manifest\.$/],
    ['a negative count', () => checkManifest({ ...manifest, articleCount: -1 }, url), /it is not a site manifest/],
    ['a card without a title', () => checkCards([{ ...cards[0], title: '' }], url), /it is not a list of article cards/],
    ['cards that are not a list', () => checkCards({}, url), /it is not a list of article cards/],
  ])('reject %s', (_, check, problem) => {
    expect(check).toThrow(DataMalformed);
    expect(check).toThrow(problem);
  });
});
