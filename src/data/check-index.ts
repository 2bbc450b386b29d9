import { SITE_INDEX_FORMAT, type ArticleCard, type SiteManifest } from '@/article/site-index';
import { DataMalformed } from './data-errors';
import { isCount, isRecord, isString } from './shape';

/** The manifest, if it is one this reader understands: its format number is the contract. */
export function checkManifest(value: unknown, url: string): SiteManifest {
  if (!isRecord(value)) throw new DataMalformed(url, 'it is not a manifest object');
  if (value.format !== SITE_INDEX_FORMAT) {
    throw new DataMalformed(url, `it is index format ${JSON.stringify(value.format)}, and this reader reads format ${SITE_INDEX_FORMAT}`);
  }
  const countsAreCounts = isCount(value.articleCount) && isCount(value.chunkSize) && isCount(value.chunkCount);
  if (!countsAreCounts || !Array.isArray(value.days) || !Array.isArray(value.topics) || !Array.isArray(value.credits)) {
    throw new DataMalformed(url, 'its counts, days, topics or credits are missing');
  }
  return value as SiteManifest;
}

export function checkCards(value: unknown, url: string): ArticleCard[] {
  const cards = Array.isArray(value) && value.every((card) => isRecord(card) && isString(card.id) && isString(card.title));
  if (!cards) throw new DataMalformed(url, 'it is not a list of article cards');
  return value as ArticleCard[];
}
