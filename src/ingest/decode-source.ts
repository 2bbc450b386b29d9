import { InputRejected } from './input-rejected';

/** Larger files are rejected: a news article is a few kilobytes, 1 MiB is hundreds of pages. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes of one input file -> its text, or the reason it cannot be read as an article.
 * Normalises only what the round-trip contract allows: the BOM is dropped and CRLF/CR become LF.
 */
export function decodeSource(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    throw new InputRejected(
      `file is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(MAX_SOURCE_BYTES)} limit for one article`,
    );
  }
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

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails, cheap and exact enough for a message.
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return low;
}

function formatBytes(count: number): string {
  return count >= 1024 * 1024 ? `${(count / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(count / 1024)} KiB`;
}
