/** Unsigned varints and strings in a growable byte buffer: the search cache's compact binary form. */
export type ByteWriter = {
  uint(value: number): void;
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
