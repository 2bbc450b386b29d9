/**
 * The run of characters that ends at `end` (exclusive) and whose every character passes `belongs`.
 * Found by walking back from `end`, so it costs the run's length. The regex way (`/\S+$/` on the text
 * before) scans from the start of the text every time, which made long paragraphs quadratic.
 */
export function runBefore(text: string, end: number, belongs: (char: string) => boolean): string {
  let start = end;
  while (start > 0) {
    // A character outside the BMP is two code units: test it whole.
    const pair = start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    const width = pair ? 2 : 1;
    if (!belongs(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start, end);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
