import { SITE_INDEX_FORMAT, type ArticleCard, type SiteManifest } from '@/article/site-index';
import { checked } from './check-data';
import { DataMalformed } from './data-errors';
import { isCardsChunk, isManifest } from './index-validators.generated';

/** The manifest, if it is one this reader understands: its format number is the contract. */
export function checkManifest(value: unknown, url: string): SiteManifest {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== SITE_INDEX_FORMAT) {
    throw new DataMalformed(url, `it is index format ${JSON.stringify(format)}, and this reader reads format ${SITE_INDEX_FORMAT}`);
  }
  return checked(isManifest, value, url, 'a site manifest');
}

export function checkCards(value: unknown, url: string): ArticleCard[] {
  return checked(isCardsChunk, value, url, 'a list of article cards');
}
