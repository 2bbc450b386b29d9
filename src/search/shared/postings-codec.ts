/**
 * A term's postings as the files hold them: one flat array of numbers, three runs of equal length:
 * ordinal gaps (the first is absolute), impacts (1-IMPACT_LEVELS, the term's BM25F weight in that article)
 * and field masks (FIELD bits). Plain JSON numbers, so any static host compresses them, and small ones:
 * gaps between close ordinals are short, impacts and masks repeat.
 */
export type Postings = {
  /** Ascending. */
  ordinals: Uint32Array;
  impacts: Uint8Array;
  fields: Uint8Array;
};

export function encodePostings({ ordinals, impacts, fields }: Postings): number[] {
  const count = ordinals.length;
  const flat = new Array<number>(count * 3);
  let previous = 0;
  for (let index = 0; index < count; index += 1) {
    const ordinal = ordinals[index]!;
    flat[index] = index === 0 ? ordinal : ordinal - previous;
    flat[count + index] = impacts[index]!;
    flat[2 * count + index] = fields[index]!;
    previous = ordinal;
  }
  return flat;
}

export function decodePostings(flat: readonly number[]): Postings {
  const count = Math.floor(flat.length / 3);
  const ordinals = new Uint32Array(count);
  let ordinal = 0;
  for (let index = 0; index < count; index += 1) {
    ordinal += flat[index]!;
    ordinals[index] = ordinal;
  }
  return {
    ordinals,
    impacts: Uint8Array.from(flat.slice(count, 2 * count)),
    fields: Uint8Array.from(flat.slice(2 * count, 3 * count)),
  };
}

/** Ascending ordinals -> gaps, as pair files hold them (site-index.ts ordinalsFromGaps reads them back). */
export function gapsOf(ordinals: ArrayLike<number>): number[] {
  const gaps = new Array<number>(ordinals.length);
  for (let index = 0; index < ordinals.length; index += 1)
    gaps[index] = index === 0 ? ordinals[0]! : ordinals[index]! - ordinals[index - 1]!;
  return gaps;
}
