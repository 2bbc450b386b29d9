import type { ArticleMetadata, RemovedText } from '../../article/article-schema';
import { stripTags } from './strip-tags';
import type { Cut, Draft, Removal } from './text-parts';

/**
 * Everything taken out, each at its place: before or inside the headline (at -1), before or inside
 * body block i (at i), or after the last block (at blocks.length).
 */
export function placeRemovals(headline: Draft | null, body: readonly Draft[], trailing: readonly Removal[]): RemovedText[] {
  const placed: RemovedText[] = [];
  const place = (draft: Draft, at: number): void => {
    placed.push(...draft.before.map((removal) => entry(removal, at)));
    placed.push(...draft.cuts.map((cut) => entry(cut, at)));
  };
  if (headline) place(headline, -1);
  body.forEach((draft, index) => place(draft, index));
  placed.push(...trailing.map((removal) => entry(removal, body.length)));
  return placed;
}

function entry(removal: Removal | Cut, at: number): RemovedText {
  const placed: RemovedText = { text: removal.text, reason: removal.reason, at };
  if ('offset' in removal) placed.offset = removal.offset;
  if (removal.keptAs) placed.keptAs = removal.keptAs;
  return placed;
}

/** The bylines, credits, captions and timestamps among what was taken out, as the article keeps them. */
export function metadataOf(removed: readonly RemovedText[]): ArticleMetadata {
  // Without the markup a line kept as metadata may hold (an image beside its caption): `removed` keeps that.
  const texts = (kind: RemovedText['keptAs']): string[] =>
    removed.filter((each) => each.keptAs === kind).map((each) => stripTags({ text: each.text.trim(), cuts: [] }).text.trim());
  const metadata: ArticleMetadata = {};
  // "NZ Herald," set before its date on the page: the comma is the layout's, not the name's.
  const bylines = texts('byline').map((byline) => byline.replace(/\s*,$/u, ''));
  // A name given twice ("Nick Rabbitts", "Reporter:", "Nick Rabbitts") is one byline.
  if (bylines.length) metadata.byline = [...new Set(bylines)].join(' · ');
  const credits = texts('credit');
  if (credits.length) metadata.credits = credits;
  const captions = texts('caption');
  if (captions.length) metadata.captions = captions;
  const timestamps = texts('timestamp');
  if (timestamps.length) metadata.timestamps = timestamps;
  return metadata;
}
