/** A span of a text, [start, end). */
export type Chunk = { start: number; end: number };

/** Lines are gathered into chunks of about this many characters: a call per paragraph would cost more. */
export const CHUNK_CHARS = 2_000;

/**
 * The text cut into chunks of at most about CHUNK_CHARS characters, for a tool whose cost grows faster than
 * the length of what it is given. Cuts fall after a line break where they can; a longer line is cut after
 * the last white space that follows a sentence end (`isSentenceEnd` says whether the text before that space
 * ends a sentence), else after any white space, else anywhere (a run with no space at all).
 * Every character is in exactly one chunk, in order.
 */
export function textChunks(text: string, isSentenceEnd: (text: string, end: number) => boolean): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  while (text.length - start > CHUNK_CHARS) {
    const end = cutPoint(text, start, isSentenceEnd);
    chunks.push({ start, end });
    start = end;
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

function cutPoint(text: string, start: number, isSentenceEnd: (text: string, end: number) => boolean): number {
  const limit = start + CHUNK_CHARS;
  const lineBreak = text.lastIndexOf('\n', limit - 1);
  if (lineBreak >= start) return lineBreak + 1;
  // One long line: back to a sentence end in the second half of the window, else to any space.
  const window = text.slice(start + CHUNK_CHARS / 2, limit);
  const spaces = [...window.matchAll(/\s+/g)].map((match) => start + CHUNK_CHARS / 2 + match.index);
  for (let k = spaces.length - 1; k >= 0; k -= 1) {
    const at = spaces[k]!;
    if (/[.!?]["”’)]*$/u.test(text.slice(at - 3, at)) && isSentenceEnd(text, at)) return endOfSpace(text, at);
  }
  const lastSpace = spaces.at(-1);
  return lastSpace === undefined ? limit : endOfSpace(text, lastSpace);
}

function endOfSpace(text: string, at: number): number {
  let end = at;
  while (end < text.length && /\s/.test(text[end]!)) end += 1;
  return end;
}
