import type { Inline, QuoteInline } from '../../article/article-schema';
import { SPEECH_VERB_PATTERN } from '../understand/speech-verbs';
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
  const nextDouble = nextDoubleMarks(marks);
  const found: Found[] = [];
  const stack: Open[] = [];
  let unclosed = false;
  marks.forEach((mark, index) => {
    const outer = stack[0];
    // The quotation still open lost its closing mark, and this mark opens the next one: `“We grew, Kloth said. “And
    // then…` (it ends before the attribution), or `…and a man. “A loving husband…” Arkin also…` (a double mark
    // opening inside a double quotation that the marks after it never close: it ends before this mark).
    const lostAt =
      !outer || stack.length !== 1
        ? null
        : reopens(text, outer, mark)
          ? text.lastIndexOf(',', mark.at) + 1
          : lostItsClose(marks, nextDouble, index, outer)
            ? text.slice(0, mark.at).trimEnd().length
            : null;
    if (outer && lostAt !== null) {
      found.push({ ...opening(text, outer.mark), end: lostAt, close: '' });
      stack[0] = { mark };
      return;
    }
    if (outer) {
      const depth = closingDepth(stack, mark, after[index]);
      if (depth >= 0) {
        stack.length = depth;
        if (depth === 0) found.push(quoteBetween(text, outer, mark));
      } else if (opens(mark, after[index])) stack.push({ mark });
      return;
    }
    if (opens(mark, after[index])) stack.push({ mark });
    else if (closesUnopened(text, mark, carried) && found.length === 0 && mark.at > 0) {
      found.push({ start: 0, end: mark.at, open: '', close: text.slice(mark.at, mark.at + mark.length) });
    }
  });
  const bottom = stack[0];
  if (bottom) {
    found.push({ ...opening(text, bottom.mark), end: text.length, close: '' });
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
 * A closing mark with no opening mark before it in the paragraph. In a paragraph that continues a quotation,
 * any closing mark ends it (a single one unless it looks possessive). Otherwise only a double mark that ends a
 * statement (`We will not back down,” the leader said.`): one after a bare word (`on its How To Sell to the
 * Government" page`) lost its opening mark somewhere inside the sentence, and where is anyone's guess.
 */
function closesUnopened(text: string, mark: QuoteMark, carried: boolean): boolean {
  if (!mark.canClose || mark.afterDigit) return false;
  if (carried) return mark.family === 'double' || !mark.weak;
  return mark.family === 'double' && STATEMENT_END.test(text.slice(Math.max(0, mark.at - 2), mark.at));
}

/** Only spaces and markup left in the text (`*`, `_`, a bullet): what may stand before a mark that opens a paragraph. */
export const ONLY_MARKUP = /^[\s*_•]*$/u;

/** What a statement's last words end with before its closing mark. */
const STATEMENT_END = /[.,!?;:…—–-]\s?$/u;

// `, Kloth said. ` or `, said the minister. `: a whole attribution, ending a sentence.
const SUBJECT = String.raw`(?:he|she|they|we|I|(?:the\s+)?\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){0,3})`;
const ATTRIBUTION_BEFORE = new RegExp(
  String.raw`,\s+(?:${SUBJECT}\s+(?:${SPEECH_VERB_PATTERN})|(?:${SPEECH_VERB_PATTERN})\s+${SUBJECT})\.\s+$`,
  'u',
);

/**
 * Whether `mark` opens a new quotation of the same marks while `outer` is still open, right after an
 * attribution that can only stand outside it: then `outer` lost its closing mark before the attribution.
 */
function reopens(text: string, outer: Open, mark: QuoteMark): boolean {
  if (!mark.canOpen || mark.canClose || mark.family !== outer.mark.family) return false;
  const window = text.slice(Math.max(outer.mark.at, mark.at - 80), mark.at);
  return ATTRIBUTION_BEFORE.test(window);
}

/**
 * Whether the double mark at `index`, which can only open, stands inside `outer` (a double quotation) because
 * `outer` lost its closing mark. A quotation within a quotation is closed before the outer one is (`“He said
 * “no” to me,” she said`, `“Tell them “fatter” or “thinner”,” I said`); when the marks after this one never
 * come back out to close `outer` before the paragraph ends, the writer opened a new quotation instead (a new
 * paragraph's part, run in by the page, or someone else's words). Only the next few marks are read, so a
 * paragraph of many marks stays linear; past them, the quotation is taken to be nested, as it always was.
 */
function lostItsClose(marks: readonly QuoteMark[], nextDouble: readonly number[], index: number, outer: Open): boolean {
  const mark = marks[index] as QuoteMark;
  if (mark.family !== 'double' || outer.mark.family !== 'double' || !mark.canOpen || mark.canClose) return false;
  let depth = 1;
  let at = nextDouble[index] ?? -1;
  for (let read = 0; read < MARKS_READ_AHEAD; read += 1) {
    const later = marks[at];
    if (!later) return true;
    depth += later.canClose ? -1 : 1;
    if (depth < 0) return false;
    at = nextDouble[at] ?? -1;
  }
  return false;
}

/** How many double marks lostItsClose reads ahead at most. */
const MARKS_READ_AHEAD = 32;

/** For each mark, the index of the next double mark after it (-1 for none): one pass from the end. */
function nextDoubleMarks(marks: readonly QuoteMark[]): number[] {
  const next = new Array<number>(marks.length);
  let following = -1;
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    next[index] = following;
    if (marks[index]?.family === 'double') following = index;
  }
  return next;
}

/** An opening mark opens; one that is usually an apostrophe opens only when a closing mark follows it. */
function opens(mark: QuoteMark, later: Later | undefined): boolean {
  if (!mark.canOpen) return false;
  return !mark.needsCloser || Boolean(later?.closes[mark.family]);
}

function quoteBetween(text: string, open: Open, close: QuoteMark): Found {
  const { start, open: opened } = opening(text, open.mark);
  // « Nous sommes prêts »: a space before the closing mark goes with it too.
  const space = /(?<=\S)[^\S\n]+$/u.exec(text.slice(Math.max(start, close.at - 4), close.at))?.[0] ?? '';
  return { start, open: opened, end: close.at - space.length, close: text.slice(close.at - space.length, close.at + close.length) };
}

/**
 * Where the quoted words start after an opening mark, and the opening as written: `said, “ We are`, a mark set off
 * from its first word, keeps the space with the mark, not in the words (a highlight starts on the first word).
 */
function opening(text: string, mark: QuoteMark): { start: number; open: string } {
  const afterMark = mark.at + mark.length;
  const space = /^[^\S\n]+(?=\S)/u.exec(text.slice(afterMark, afterMark + 4))?.[0] ?? '';
  return { start: afterMark + space.length, open: text.slice(mark.at, afterMark + space.length) };
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
    // Markup left before the mark ("*“The Board's ...") does not stop a paragraph carrying the quotation on.
    if (carried && index === 0 && ONLY_MARKUP.test(text.slice(0, opensAt))) inline.continued = true;
    inlines.push(inline);
    at = quote.end + quote.close.length;
  });
  if (at < text.length || inlines.length === 0) inlines.push({ type: 'text', text: text.slice(at) });
  return inlines;
}
