import { continuesAfterBlankLine, continuesOnNextLine, rejoinsHyphenated } from './line-joins';
import type { Draft, Removal, SourceLine } from './text-parts';
import { wrapWidth } from './wrap-width';

/** The source after cleaning: body lines, lines taken out, and blank lines (paragraph breaks). */
export type Entry = { kind: 'body'; line: SourceLine } | { kind: 'removed'; removal: Removal } | { kind: 'blank' };

/**
 * Body lines grouped into paragraphs-to-be. Hard-wrapped lines and sentences split over a blank line are
 * joined with one space, a word hyphenated across a wrap with none ("cross-border"). A removed line that stood inside a joined paragraph becomes a cut at its place;
 * one between paragraphs goes into the next draft's `before` (or `trailing` after the last).
 */
export function assembleDrafts(entries: readonly Entry[]): { drafts: Draft[]; trailing: Removal[] } {
  const width = wrapWidth(wrappedLineLengths(entries));
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let lastLine = '';
  let pending: Removal[] = [];
  let blankSince = false;
  for (const entry of entries) {
    if (entry.kind === 'blank') blankSince = true;
    else if (entry.kind === 'removed') pending.push(entry.removal);
    else {
      const { line } = entry;
      const joins =
        current !== null &&
        (blankSince
          ? continuesAfterBlankLine(current.text, line.text)
          : continuesOnNextLine(lastLine, line.text, width, drafts.length === 0 && current.lineCount === 1));
      if (current && joins) current = joined(current, pending, line, !blankSince && rejoinsHyphenated(lastLine, line.text));
      else {
        if (current) drafts.push(current);
        current = { text: line.text, cuts: [...line.cuts], before: pending, lineCount: 1 };
      }
      pending = [];
      blankSince = false;
      lastLine = line.text;
    }
  }
  if (current) drafts.push(current);
  return { drafts, trailing: pending };
}

/**
 * The draft with the line appended (the draft is this function's own, so it grows in place). `hyphenated`
 * joins with no space, but only when nothing was cut out at the join: the round trip folds the space after
 * a hyphen only where the hyphen and the next word touch it (see normaliseForRoundTrip).
 */
function joined(draft: Draft, between: Removal[], line: SourceLine, hyphenated: boolean): Draft {
  const tight =
    hyphenated &&
    between.length === 0 &&
    !draft.cuts.some((cut) => cut.offset === draft.text.length) &&
    !line.cuts.some((cut) => cut.offset === 0);
  const at = draft.text.length + (tight ? 0 : 1);
  // A removed line inside the paragraph keeps the space that separated it from the next line.
  for (const removal of between) draft.cuts.push({ ...removal, text: `${removal.text} `, offset: at });
  for (const cut of line.cuts) draft.cuts.push({ ...cut, offset: cut.offset + at });
  draft.text = `${draft.text}${tight ? '' : ' '}${line.text}`;
  draft.lineCount += 1;
  return draft;
}

/** Lengths of body lines followed directly by another body line: the evidence for hard wrapping. */
function wrappedLineLengths(entries: readonly Entry[]): number[] {
  const lengths: number[] = [];
  let previous: string | null = null;
  for (const entry of entries) {
    if (entry.kind === 'blank') previous = null;
    else if (entry.kind === 'body') {
      if (previous !== null) lengths.push(previous.length);
      previous = entry.line.text;
    }
  }
  return lengths;
}
