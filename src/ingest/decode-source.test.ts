import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES, decodeSource } from './decode-source';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeSource', () => {
  it('drops the BOM and turns CRLF and CR into LF', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(' date 2020-01-01 a\r\n\r\nb\rc')]))).toBe(' date 2020-01-01 a\n\nb\nc');
  });

  it.each([
    ['an empty file', new Uint8Array(), /empty file/],
    ['a blank file', bytes(' \n\n\t \n'), /empty file/],
    ['binary data', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
    ['invalid UTF-8', new Uint8Array([...bytes(' date 2020-01-01 caf'), 0xe9, ...bytes(' au lait')]), /invalid UTF-8 at byte 20/],
    ['a file over the size limit', new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61), /over the 1\.0 MiB limit/],
  ])('rejects %s with its reason', (_name, input, reason) => {
    expect(() => decodeSource(input)).toThrow(reason);
  });
});
