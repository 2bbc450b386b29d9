import { InputRejected } from './input-rejected';

/** Larger files are rejected: a news article is a few kilobytes, 1 MiB is hundreds of pages. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes of one input file -> its text, or the reason it cannot be read as an article.
 * Normalises only what the round-trip contract allows: the BOM is dropped and CRLF/CR become LF.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_SOURCE_BYTES) throw new InputRejected(tooLarge(bytes.byteLength));
  if (looksBinary(bytes)) throw new InputRejected('binary data, not text');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputRejected(`invalid UTF-8 at byte ${firstInvalidUtf8Byte(bytes)}`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new InputRejected('empty file: no text');
  return text;
}

/** NUL bytes never occur in text; a run of other control characters is a sign of a binary format too. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence, for the message. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes[offset]!);
    if (length === 0 || offset + length > bytes.length) return offset;
    for (let next = 1; next < length; next += 1) if ((bytes[offset + next]! & 0xc0) !== 0x80) return offset;
    offset += length;
  }
  return offset;
}

function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** "file is 1.2 MiB, over the 1.0 MiB limit for one article". */
export function tooLarge(size: number): string {
  return `file is ${formatBytes(size)}, over the ${formatBytes(MAX_SOURCE_BYTES)} limit for one article`;
}

function formatBytes(count: number): string {
  return count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(count / 1024)} KiB`;
}
