type TypedArray = Uint8Array | Uint32Array | Float64Array;

/** An append-only typed array that doubles as it fills: millions of postings without millions of objects. */
export type Growable<T extends TypedArray> = { push(value: number): void; length(): number; values(): T };

export function growable<T extends TypedArray>(make: (size: number) => T, initial = 1 << 16): Growable<T> {
  let array = make(initial);
  let length = 0;
  return {
    push(value) {
      if (length === array.length) {
        const grown = make(array.length * 2);
        grown.set(array);
        array = grown;
      }
      array[length++] = value;
    },
    length: () => length,
    values: () => array.subarray(0, length) as T,
  };
}
