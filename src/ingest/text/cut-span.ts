import type { Cut, Removal } from './text-parts';

type WithCuts = { text: string; cuts: Cut[] };

/**
 * `holder` with text[start, end) taken out as a Cut. When the span stood between two spaces, or between
 * a space and an edge, one space goes with it, so the text left stays single-spaced and trimmed, and
 * putting the cut back at its offset restores the original exactly. Earlier cuts keep their order.
 * Returns null when an earlier cut stood inside the span: its place could not be kept.
 */
export function cutOut<T extends WithCuts>(holder: T, start: number, end: number, removal: Removal): T | null {
  const { text } = holder;
  let from = start;
  let to = end;
  const before = from === 0 ? '' : text[from - 1];
  const after = to === text.length ? '' : text[to];
  if (after === ' ' && (before === ' ' || before === '')) to += 1;
  else if (before === ' ' && after === '') from -= 1;
  if (holder.cuts.some((cut) => cut.offset > from && cut.offset < to)) return null;
  const cut: Cut = { ...removal, text: text.slice(from, to), offset: from };
  const earlier = holder.cuts.filter((each) => each.offset <= from);
  const later = holder.cuts.filter((each) => each.offset >= to).map((each) => ({ ...each, offset: each.offset - (to - from) }));
  return { ...holder, text: text.slice(0, from) + text.slice(to), cuts: [...earlier, cut, ...later] };
}

/** The text with every cut put back where it stood (the serialiser's inverse of cutOut). */
export function withCutsRestored(text: string, cuts: readonly { text: string; offset: number }[]): string {
  let restored = '';
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a.offset - b.offset)) {
    const offset = Math.min(Math.max(cut.offset, at), text.length);
    restored += text.slice(at, offset) + cut.text;
    at = offset;
  }
  return restored + text.slice(at);
}
