/** Lines of a hard-wrapped paragraph fill to within this many characters of the wrap width. */
const FILL_WINDOW = 18;
const MIN_WIDTH = 30;
const MAX_WIDTH = 160;

/**
 * The width a hard-wrapped text was wrapped at, or null when it shows no sign of wrapping. Evidence is
 * the lengths of lines followed directly (no blank line) by another line: in a wrapped text most of them
 * fill to just under the width; in a text with one paragraph per line they are spread out.
 */
export function wrapWidth(lineLengths: readonly number[]): number | null {
  if (lineLengths.length < 3) return null;
  const lengths = [...lineLengths].sort((a, b) => a - b);
  let best = 0;
  let width = 0;
  let from = 0;
  for (let to = 0; to < lengths.length; to += 1) {
    const candidate = lengths[to] ?? 0;
    while ((lengths[from] ?? 0) < candidate - FILL_WINDOW) from += 1;
    const count = to - from + 1;
    if (count >= best) {
      best = count;
      width = candidate;
    }
  }
  if (best < 3 || best < lengths.length / 2 || width < MIN_WIDTH || width > MAX_WIDTH) return null;
  return width;
}
