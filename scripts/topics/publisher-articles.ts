/**
 * Training articles for the topic model from the real set's own publishers: further posts of the same public-domain
 * repositories (scripts/real-news/collections.ts), never one of the real evaluation set (dev or held-out), each
 * labelled with its main IPTC top-level topic by reading it (scripts/topics/publisher-labels.json, LABELLING.md's
 * house rules). Which posts: per collection, the candidates outside the real set ordered by the SHA-256 of
 * "topic-training:" + URL, the first TAKE kept, so the choice cannot be steered.
 */
import { join } from 'node:path';
import { candidatesOf, type Candidate } from '../real-news/candidates';
import { collections } from '../real-news/collections';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { sha256 } from '../../tests/eval/real/split';

/** How many further posts of each collection are labelled for training. */
export const TAKE: Record<string, number> = { '18f': 90, digitalgov: 120, section508: 39, treasury: 120 };

export type PublisherArticle = Candidate & { collection: string };

/** The chosen posts, in labelling order; `root` is the repository root, `from` the folder of bare git copies. */
export function publisherArticles(root: string, from: string): PublisherArticle[] {
  const inRealSet = new Set(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((source) => source.url));
  return collections.flatMap((collection) => {
    const take = TAKE[collection.key] ?? 0;
    if (take === 0) return [];
    return candidatesOf(from, collection)
      .filter((candidate) => !inRealSet.has(candidate.url))
      .sort((a, b) => sha256(`topic-training:${a.url}`).localeCompare(sha256(`topic-training:${b.url}`)))
      .slice(0, take)
      .map((candidate) => ({ ...candidate, collection: collection.key }));
  });
}
