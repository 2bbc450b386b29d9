/** Unsigned varints and strings in a growable byte buffer: the search cache's compact binary form. */
export type ByteWriter = {
  uint(value: number): void;
  /** A count, then that many varints (remapped through `map` when given). */
  uints(values: Uint32Array, map?: Int32Array): void;
  float(value: number): void;
  text(value: string): void;
  bytes(): Uint8Array;
};

export function createByteWriter(): ByteWriter {
  let buffer = new Uint8Array(1 << 16);
  let length = 0;
  const room = (needed: number) => {
    if (length + needed <= buffer.length) return;
    let size = buffer.length * 2;
    while (size < length + needed) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(buffer.subarray(0, length));
    buffer = grown;
  };
  const encoder = new TextEncoder();
  const floats = new Float64Array(1);
  const floatBytes = new Uint8Array(floats.buffer);
  return {
    uint(value) {
      room(5);
      let rest = value >>> 0;
      while (rest >= 0x80) {
        buffer[length++] = (rest & 0x7f) | 0x80;
        rest >>>= 7;
      }
      buffer[length++] = rest;
    },
    uints(values, map) {
      this.uint(values.length);
      room(values.length * 5);
      for (let index = 0; index < values.length; index += 1) {
        let rest = (map ? map[values[index]!]! : values[index]!) >>> 0;
        while (rest >= 0x80) {
          buffer[length++] = (rest & 0x7f) | 0x80;
          rest >>>= 7;
        }
        buffer[length++] = rest;
      }
    },
    float(value) {
      room(8);
      floats[0] = value;
      buffer.set(floatBytes, length);
      length += 8;
    },
    text(value) {
      const encoded = encoder.encode(value);
      this.uint(encoded.length);
      room(encoded.length);
      buffer.set(encoded, length);
      length += encoded.length;
    },
    bytes: () => buffer.subarray(0, length),
  };
}

export type ByteReader = {
  uint(): number;
  /** What uints() wrote: a count, then that many varints (below 2^32). */
  uints(): Uint32Array;
  float(): number;
  text(): string;
  done(): boolean;
};

export function createByteReader(bytes: Uint8Array): ByteReader {
  let position = 0;
  const decoder = new TextDecoder();
  const floats = new Float64Array(1);
  const floatBytes = new Uint8Array(floats.buffer);
  const need = (count: number) => {
    if (position + count > bytes.length) throw new RangeError('the search cache ends too early');
  };
  return {
    uint() {
      let value = 0;
      let shift = 0;
      for (;;) {
        need(1);
        const byte = bytes[position++]!;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
        shift += 7;
      }
    },
    uints() {
      const values = new Uint32Array(this.uint());
      let at = position;
      for (let index = 0; index < values.length; index += 1) {
        let value = 0;
        let shift = 0;
        let byte: number;
        do {
          if (at >= bytes.length) throw new RangeError('the search cache ends too early');
          byte = bytes[at++]!;
          value |= (byte & 0x7f) << shift;
          shift += 7;
        } while (byte >= 0x80);
        values[index] = value >>> 0;
      }
      position = at;
      return values;
    },
    float() {
      need(8);
      floatBytes.set(bytes.subarray(position, position + 8));
      position += 8;
      return floats[0]!;
    },
    text() {
      const length = this.uint();
      need(length);
      const value = decoder.decode(bytes.subarray(position, position + length));
      position += length;
      return value;
    },
    done: () => position >= bytes.length,
  };
}
