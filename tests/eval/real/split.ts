import { createHash } from 'node:crypto';

/** Share of each publisher's articles held out. */
export const heldOutShare = 0.3;

export const splitRule =
  'Within each publisher, articles are ordered by the SHA-256 of "heldout:" + their URL (hex, ascending); the first ' +
  'round(30% of that publisher\'s count) are "heldout", the rest "dev". The rule depends on the URL only, so adding ' +
  'or labelling articles never moves an existing one between the splits of a publisher of unchanged size.';

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The URLs held out of one publisher's articles, by the rule above. */
export function heldOutOf(urls: string[]): Set<string> {
  const ordered = [...new Set(urls)].sort((a, b) => sha256(`heldout:${a}`).localeCompare(sha256(`heldout:${b}`)));
  return new Set(ordered.slice(0, Math.round(ordered.length * heldOutShare)));
}
