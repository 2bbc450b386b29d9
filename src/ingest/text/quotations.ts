import type { Inline, QuoteInline } from '../../article/article-schema';
import { findQuoteMarks, type QuoteFamily, type QuoteMark } from './quote-marks';

type Open = { mark: QuoteMark };
type Found = { start: number; end: number; open: string; close: string };

/**
 * A paragraph's text split into text and quote inlines. `carried` says the previous paragraph ended
 * inside a quotation: then a quotation at the very start of this one (opened again, or closed with no
 * opening mark) continues it. Returns whether this paragraph, too, ends inside a quotation.
 *
 * Rules: a quotation inside a quotation stays inside the outer one; an unclosed mark runs to the end of
 * the paragraph; a closing mark with no opening (the first quotation of the paragraph) starts the
 * quotation at the paragraph's start (see closesUnopened). Speakers stay null: understanding fills them in.
 */
export function quoteInlines(text: string, carried: boolean): { inlines: Inline[]; unclosed: boolean } {
  const marks = findQuoteMarks(text);
  const after = closersAfter(marks);
  const found: Found[] = [];
  const stack: Open[] = [];
  let unclosed = false;
  marks.forEach((mark, index) => {
    const outer = stack[0];
    if (outer) {
      const depth = closingDepth(stack, mark, after[index]);
      if (depth >= 0) {
        stack.length = depth;
        if (depth === 0) found.push(quoteBetween(text, outer, mark));
      } else if (opens(mark, after[index])) stack.push({ mark });
      return;
    }
    if (opens(mark, after[index])) stack.push({ mark });
    else if (closesUnopened(mark, carried) && found.length === 0 && mark.at > 0) {
      found.push({ start: 0, end: mark.at, open: '', close: text.slice(mark.at, mark.at + mark.length) });
    }
  });
  const bottom = stack[0];
  if (bottom) {
    found.push({ start: bottom.mark.at + bottom.mark.length, end: text.length, open: markText(text, bottom.mark), close: '' });
    unclosed = true;
  }
  return { inlines: toInlines(text, found, carried), unclosed };
}

/** What closing marks come later in the paragraph, per family: any that can close, and strong ones. */
type Later = { closes: Record<QuoteFamily, boolean>; strong: Record<QuoteFamily, boolean> };

/** For each mark, the closing marks after it (one pass from the end, so long paragraphs stay linear). */
function closersAfter(marks: readonly QuoteMark[]): Later[] {
  const later: Later[] = new Array<Later>(marks.length);
  let closes = { double: false, single: false };
  let strong = { double: false, single: false };
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    later[index] = { closes, strong };
    const mark = marks[index];
    if (!mark?.canClose) continue;
    closes = { ...closes, [mark.family]: true };
    if (mark.closesEither) {
      // ’’ ends a single quotation as firmly as a double one, so a possessive before it ("the workers’
      // union") must not close the quotation early.
      closes = { double: true, single: true };
      strong = { double: true, single: true };
    } else if (!mark.weak) strong = { ...strong, [mark.family]: true };
  }
  return later;
}

/**
 * How deep the stack is after `mark` closes something: the index of the open quotation it closes (the
 * nearest one of its family, dropping nested ones never closed), or -1 when it closes nothing.
 */
function closingDepth(stack: readonly Open[], mark: QuoteMark, later: Later | undefined): number {
  if (!mark.canClose) return -1;
  const top = stack.at(-1);
  if (!top) return -1;
  if (mark.canOpen && top.mark.family !== mark.family) return -1;
  if (mark.weak && later?.strong[mark.family]) return -1;
  if (mark.closesEither) return stack.length - 1;
  for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
    if (stack[depth]?.mark.family === mark.family) return depth;
  }
  return -1;
}

/**
 * A closing mark with no opening mark before it in the paragraph. A double mark is enough; a single one
 * is usually an apostrophe, so it counts only in a paragraph that continues a quotation.
 */
function closesUnopened(mark: QuoteMark, carried: boolean): boolean {
  if (!mark.canClose || mark.afterDigit) return false;
  return mark.family === 'double' || (carried && !mark.weak);
}

/** An opening mark opens; one that is usually an apostrophe opens only when a closing mark follows it. */
function opens(mark: QuoteMark, later: Later | undefined): boolean {
  if (!mark.canOpen) return false;
  return !mark.needsCloser || Boolean(later?.closes[mark.family]);
}

function markText(text: string, mark: QuoteMark): string {
  return text.slice(mark.at, mark.at + mark.length);
}

function quoteBetween(text: string, open: Open, close: QuoteMark): Found {
  return { start: open.mark.at + open.mark.length, end: close.at, open: markText(text, open.mark), close: markText(text, close) };
}

function toInlines(text: string, found: readonly Found[], carried: boolean): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  found.forEach((quote, index) => {
    const quoted = text.slice(quote.start, quote.end);
    if (quoted.trim() === '') return;
    const opensAt = quote.start - quote.open.length;
    if (opensAt > at) inlines.push({ type: 'text', text: text.slice(at, opensAt) });
    const inline: QuoteInline = {
      type: 'quote',
      text: quoted,
      speaker: null,
      open: quote.open,
      close: quote.close,
      continued: false,
      kind: 'quotation',
    };
    if (carried && index === 0 && opensAt === 0) inline.continued = true;
    inlines.push(inline);
    at = quote.end + quote.close.length;
  });
  if (at < text.length || inlines.length === 0) inlines.push({ type: 'text', text: text.slice(at) });
  return inlines;
}
