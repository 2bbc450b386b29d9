import { createReadStream } from 'node:fs';

/**
 * Calls `onLine` with each line of a file (split at "\n"), read a few megabytes at a time, until it returns
 * false. Lines are cut from the bytes and decoded one by one: Node's readline, which decodes each chunk and
 * splits the text, was a good part of loading ingest's state at 100,000 sources.
 */
export async function forEachLine(path: string, onLine: (line: string) => boolean, chunkBytes = 4 << 20): Promise<void> {
  // The start of a line that runs on into the next chunk: only that line is copied together, never a chunk.
  let rest: Buffer | null = null;
  for await (const chunk of createReadStream(path, { highWaterMark: chunkBytes })) {
    const buffer = chunk as Buffer;
    let start = 0;
    for (let end = buffer.indexOf(NEWLINE); end !== -1; end = buffer.indexOf(NEWLINE, start)) {
      const line = rest ? Buffer.concat([rest, buffer.subarray(0, end)]).toString('utf8') : buffer.toString('utf8', start, end);
      rest = null;
      if (!onLine(line)) return;
      start = end + 1;
    }
    if (start < buffer.length) rest = rest ? Buffer.concat([rest, buffer]) : Buffer.from(buffer.subarray(start));
  }
  if (rest) onLine(rest.toString('utf8'));
}

const NEWLINE = 0x0a;
