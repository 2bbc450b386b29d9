import { FIELD, impactLevel } from '../shared/search-format';
import { growable } from './growable';
import { BREAK, type DocField, type SearchDoc } from './search-doc';

/**
 * BM25 per field, weighted and summed (as MiniSearch scores fields): a word in the title, among the
 * speakers or the named entities adds a large weight of its own, so such articles rank first, and the
 * body's term frequency orders the rest. Only the body is normalised by length: titles, names and topic
 * labels are all short.
 */
const FIELD_WEIGHTS: ReadonlyArray<[DocField, number, number]> = [
  ['title', 5, FIELD.title],
  ['speakers', 4, FIELD.speaker],
  ['entities', 3, FIELD.entity],
  ['topics', 2, FIELD.topic],
  ['body', 1, FIELD.body],
];
const K1 = 1.2;
const B = 0.75;

/** Every posting, grouped by term (in term id order) and ordered by ordinal within a term. */
export type TermPostings = {
  /** postings of term id t are at [start[t], start[t + 1]). */
  start: Uint32Array;
  ordinals: Uint32Array;
  /**
   * The term's weight in the article without the idf, Σ weight_f × tf_f(k1 + 1) / (tf_f + k1), as an
   * impactLevel: the reader multiplies it by the idf, which it knows from the document frequency.
   */
  impacts: Uint8Array;
  /** FIELD bits: where in the article the term stands. */
  fields: Uint8Array;
};

/**
 * The body length BM25 normalises by: the average over these articles. The builder takes it over the sealed
 * part alone (search-format.ts) when there is one, so that a day's new articles change no weight there.
 */
export function averageBodyOf(docs: readonly SearchDoc[]): number {
  let totalBody = 0;
  for (const doc of docs) totalBody += wordCount(doc.fields.body);
  return docs.length ? Math.max(1, totalBody / docs.length) : 1;
}

/**
 * Postings of these articles, `docs[i]` numbered `firstOrdinal + i` (counted from the oldest end); term ids
 * are below `vocabularySize`.
 */
export function buildPostings(
  docs: readonly SearchDoc[],
  vocabularySize: number,
  { firstOrdinal, averageBody }: { firstOrdinal: number; averageBody: number },
): TermPostings {
  const slot = new Int32Array(vocabularySize).fill(-1);
  const inDoc: number[] = [];
  let weight = new Float64Array(1024);
  let mask = new Uint8Array(1024);
  let tf = new Uint32Array(1024);
  const terms = growable((size) => new Uint32Array(size));
  const ordinals = growable((size) => new Uint32Array(size));
  const impacts = growable((size) => new Uint8Array(size));
  const fields = growable((size) => new Uint8Array(size));

  docs.forEach((doc, index) => {
    const ordinal = firstOrdinal + index;
    const bodyNorm = 1 - B + (B * wordCount(doc.fields.body)) / averageBody;
    for (const [field, fieldWeight, bit] of FIELD_WEIGHTS) {
      const norm = field === 'body' ? bodyNorm : 1;
      for (const id of doc.fields[field]) {
        if (id === BREAK) continue;
        let at = slot[id]!;
        if (at < 0) {
          at = inDoc.length;
          slot[id] = at;
          inDoc.push(id);
          if (at === weight.length) ({ weight, mask, tf } = grown(weight, mask, tf));
          weight[at] = 0;
          mask[at] = 0;
          tf[at] = 0;
        }
        tf[at]! += 1;
        mask[at]! |= bit;
      }
      // Close the field: fold each term's frequency in it into its weight.
      for (const at of inDoc.keys()) {
        const count = tf[at]!;
        if (!count) continue;
        const x = count / norm;
        weight[at]! += (fieldWeight * x * (K1 + 1)) / (x + K1);
        tf[at] = 0;
      }
    }
    for (const id of doc.fields.quotations) if (id !== BREAK && slot[id]! >= 0) mask[slot[id]!]! |= FIELD.quote;
    inDoc.forEach((id, at) => {
      terms.push(id);
      ordinals.push(ordinal);
      impacts.push(impactLevel(weight[at]!));
      fields.push(mask[at]!);
      slot[id] = -1;
    });
    inDoc.length = 0;
  });

  // A counting sort by term keeps each term's postings in ordinal order, as they were made.
  const termOf = terms.values();
  const start = new Uint32Array(vocabularySize + 1);
  for (const id of termOf) start[id + 1]! += 1;
  for (let id = 0; id < vocabularySize; id += 1) start[id + 1]! += start[id]!;
  const next = start.slice(0, vocabularySize);
  const sorted: TermPostings = {
    start,
    ordinals: new Uint32Array(termOf.length),
    impacts: new Uint8Array(termOf.length),
    fields: new Uint8Array(termOf.length),
  };
  const from = { ordinals: ordinals.values(), impacts: impacts.values(), fields: fields.values() };
  for (let index = 0; index < termOf.length; index += 1) {
    const to = next[termOf[index]!]!++;
    sorted.ordinals[to] = from.ordinals[index]!;
    sorted.impacts[to] = from.impacts[index]!;
    sorted.fields[to] = from.fields[index]!;
  }
  return sorted;
}

function wordCount(ids: Uint32Array): number {
  let count = 0;
  for (const id of ids) if (id !== BREAK) count += 1;
  return count;
}

function grown(weight: Float64Array, mask: Uint8Array, tf: Uint32Array) {
  const biggerWeight = new Float64Array(weight.length * 2);
  biggerWeight.set(weight);
  const biggerMask = new Uint8Array(mask.length * 2);
  biggerMask.set(mask);
  const biggerTf = new Uint32Array(tf.length * 2);
  biggerTf.set(tf);
  return { weight: biggerWeight, mask: biggerMask, tf: biggerTf };
}
