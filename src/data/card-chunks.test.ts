import { describe, expect, it } from 'vitest';
import { cardPlace, chunkOrdinals, listOrdinalsFromGaps, NEWEST_CHUNK, numberedChunksNewestFirst, otherEndOrdinal } from './card-chunks';

/** The chunks' contents as ingest writes them (write-index.ts): list positions, newest first. */
function chunksOf(articleCount: number, chunkSize: number): Map<number, number[]> {
  const layout = { articleCount, chunkSize };
  const chunkCount = Math.ceil(articleCount / chunkSize);
  const chunks = new Map<number, number[]>();
  for (let chunk = NEWEST_CHUNK; chunk <= chunkCount; chunk += 1) {
    const { start, end } = chunkOrdinals(chunk, layout);
    chunks.set(
      chunk,
      Array.from({ length: end - start }, (_, at) => start + at),
    );
  }
  return chunks;
}

describe('card chunks', () => {
  it('finds every list position in the chunk cardPlace names, at its index', () => {
    for (const articleCount of [0, 1, 99, 100, 101, 250, 1000]) {
      const chunks = chunksOf(articleCount, 100);
      for (let ordinal = 0; ordinal < articleCount; ordinal += 1) {
        const { chunk, index } = cardPlace(ordinal, { articleCount, chunkSize: 100 });
        expect(chunks.get(chunk)?.[index]).toBe(ordinal);
      }
    }
  });

  it('reads the whole list once, in order, from the numbered chunks', () => {
    const chunks = chunksOf(250, 100);
    expect(numberedChunksNewestFirst({ chunkCount: 3 }).flatMap((chunk) => chunks.get(chunk)!)).toEqual([...Array(250).keys()]);
  });

  it('keeps every numbered chunk but the newest one or two when newer articles are added', () => {
    // A card's content is its place counted from the oldest article, which new articles do not change.
    const fromOldest = (articleCount: number) =>
      new Map([...chunksOf(articleCount, 100)].map(([chunk, ordinals]) => [chunk, ordinals.map((ordinal) => articleCount - 1 - ordinal)]));
    const before = fromOldest(1050);
    const after = fromOldest(1060);
    const changed = [...after.keys()].filter((chunk) => JSON.stringify(after.get(chunk)) !== JSON.stringify(before.get(chunk)));
    expect(changed).toEqual([0, 11]);
  });

  it('turns numbers counted from the oldest end into list positions, leaving out those past the list', () => {
    expect([0, 4, 9].map((ordinal) => otherEndOrdinal(ordinal, 10))).toEqual([9, 5, 0]);
    // 2, 5 and 9 of ten articles, as gaps: ordinals 7, 4 and 0, ascending.
    expect([...listOrdinalsFromGaps([2, 3, 4], 10)]).toEqual([0, 4, 7]);
    // Written for twelve articles, read by a page that knows ten: 10 and 11 are not in its list.
    expect([...listOrdinalsFromGaps([2, 3, 5, 1], 10)]).toEqual([4, 7]);
    expect([...listOrdinalsFromGaps([], 10)]).toEqual([]);
  });
});
