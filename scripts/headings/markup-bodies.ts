/**
 * More lines for the heading model to learn from, labelled by their source's own markup rather than by hand: further
 * posts of the real set's public-domain publishers (scripts/real-news/collections.ts), never one of the real
 * evaluation set (dev or held-out). A line the source marks as a heading (Markdown `#`, wikitext `== ... ==`) is a
 * heading; a line set wholly in bold is left undecided; every other candidate line is not a heading. Which posts: per
 * collection, those outside the real set ordered by the SHA-256 of "heading-training:" + URL, the first TAKE kept, so
 * the choice cannot be steered.
 */
import { join } from 'node:path';
import { candidatesOf } from '../real-news/candidates';
import { collections } from '../real-news/collections';
import { loadRealSources } from '../../tests/eval/real/real-sources';
import { sha256 } from '../../tests/eval/real/split';
import { bodyDrafts, normalise, root, type LabelledBody } from './heading-examples';

/** How many posts of each collection are read. */
export const TAKE = 300;

/** The chosen posts' bodies, labelled by their markup; `from` is the folder of bare git copies. */
export function markupBodies(from: string, take = TAKE): LabelledBody[] {
  const inRealSet = new Set(loadRealSources(join(root, 'tests/eval/real/sources.json')).map((source) => source.url));
  return collections.flatMap((collection) =>
    candidatesOf(from, collection)
      .filter((candidate) => !inRealSet.has(candidate.url))
      .sort((a, b) => sha256(`heading-training:${a.url}`).localeCompare(sha256(`heading-training:${b.url}`)))
      .slice(0, take)
      .map((candidate) => ({
        article: `markup:${collection.key}:${candidate.origin}`,
        drafts: bodyDrafts(candidate.text),
        headings: candidate.headings.map(normalise),
        unsure: candidate.boldLines.map(normalise),
      })),
  );
}
