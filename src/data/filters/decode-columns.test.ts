import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { daysFromGaps, type ArticleCard, type ArticleColumns } from '@/article/site-index';
import { ingestedSite, type IngestedSite } from '@/app/testing/ingested-site';
import { serveSite } from '@/app/testing/serve-site';
import { numberedChunksNewestFirst } from '../card-chunks';
import { DataMalformed, DataNotFound, DataUnavailable } from '../data-errors';
import { decodeColumns, loadColumns, type DecodedColumns } from './decode-columns';

const URL_ = '/data/index/columns.json';

afterEach(() => vi.unstubAllGlobals());

/** The decoded topic sets as the file's nested arrays. */
const topicSetsOf = ({ topicSetStarts, topicSetTopics }: DecodedColumns): number[][] =>
  Array.from({ length: topicSetStarts.length - 1 }, (_, set) => [...topicSetTopics.subarray(topicSetStarts[set], topicSetStarts[set + 1])]);

describe('columns.json decoded, on the sample corpus as ingest writes it', () => {
  let site: IngestedSite;
  let file: ArticleColumns;
  /** The articles' cards by ordinal. */
  let cards: ArticleCard[];
  beforeAll(async () => {
    site = await ingestedSite({ copies: 3 });
    file = JSON.parse(site.files.get('index/columns.json')!) as ArticleColumns;
    cards = [];
    for (const chunk of numberedChunksNewestFirst(site.manifest)) {
      cards.push(...(JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[]));
    }
  }, 120_000);

  it('gives the columns the engine used to work out from the file itself', () => {
    const decoded = decodeColumns(structuredClone(file), URL_);
    expect(decoded.days).toEqual(daysFromGaps(file.dayGaps));
    expect(decoded.topicSetOfArticle).toEqual(Uint32Array.from(file.topicSetOfArticle));
    expect(topicSetsOf(decoded)).toEqual(file.topicSets);
  });

  it('gives each ordinal its article’s day and topic set', () => {
    const decoded = decodeColumns(structuredClone(file), URL_);
    const { days, topicSetOfArticle } = decoded;
    const topicSets = topicSetsOf(decoded);
    expect(days.length).toBe(site.manifest.articleCount);
    expect([...days]).toEqual(cards.map((card) => dayNumber(card.date)));
    const known = new Set(site.manifest.topics.map((topic) => topic.qcode));
    const qcodes = [...topicSetOfArticle].map((set) => topicSets[set]!.map((topic) => site.manifest.topics[topic]!.qcode).sort());
    expect(qcodes).toEqual(
      cards.map((card) =>
        site.articles
          .get(card.id)!
          .topics.filter((qcode) => known.has(qcode))
          .sort(),
      ),
    );
  });

  it('downloads the file it is given and decodes it', async () => {
    const served = serveSite(site);
    expect(await loadColumns(URL_)).toEqual(decodeColumns(structuredClone(file), URL_));
    expect(served.requests).toEqual(['index/columns.json']);
  });
});

describe('columns.json that cannot be read', () => {
  it('is damaged when it is not the article columns, or its columns differ in length', () => {
    for (const value of [
      null,
      [],
      { dayGaps: [1], topicSets: [[0]] },
      { dayGaps: 'x', topicSets: [], topicSetOfArticle: [] },
      { dayGaps: [1], topicSets: [3], topicSetOfArticle: [0] },
    ]) {
      expect(() => decodeColumns(value, URL_)).toThrow(new DataMalformed(URL_, 'it is not the article columns'));
    }
    expect(() => decodeColumns({ dayGaps: [20_000, 1], topicSets: [[0]], topicSetOfArticle: [0] }, URL_)).toThrow(DataMalformed);
  });

  it('fails as any data file does: missing, broken, unreachable, each naming the URL', async () => {
    const answers: Array<() => Promise<Response>> = [
      async () => new Response('Not found', { status: 404 }),
      async () => new Response('{"dayGaps": [', { status: 200 }),
      async () => new Response('{"topicSets": []}', { status: 200 }),
      () => Promise.reject(new TypeError('Failed to fetch')),
    ];
    const errors: unknown[] = [];
    for (const answer of answers) {
      vi.stubGlobal('fetch', answer);
      errors.push(await loadColumns(URL_).catch((error: unknown) => error));
    }
    expect(errors).toEqual([
      new DataNotFound(URL_),
      new DataMalformed(URL_, 'it is not valid JSON'),
      new DataMalformed(URL_, 'it is not the article columns'),
      new DataUnavailable(URL_, null),
    ]);
    expect(errors.map((error) => (error as Error).constructor)).toEqual([DataNotFound, DataMalformed, DataMalformed, DataUnavailable]);
  });
});
