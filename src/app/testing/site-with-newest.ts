import type { ArticleCard } from '@/article/site-index';
import { ingestedSite, type IngestedSite } from './ingested-site';

/** The ingested sample site and its newest article's card: the card the save button tests press. */
export async function siteWithNewest(): Promise<{ site: IngestedSite; newest: ArticleCard }> {
  const site = await ingestedSite();
  return { site, newest: (JSON.parse(site.files.get('index/cards/0.json')!) as ArticleCard[])[0]! };
}
