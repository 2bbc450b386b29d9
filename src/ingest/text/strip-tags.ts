import type { Cut, SourceLine } from './text-parts';

// Only real HTML element names, so "<Reuters>" or "a <b and c> d" in prose are never taken for markup.
const ELEMENTS =
  'a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|video|wbr';

// A script or style element with its content, or one tag. A tag with attributes needs an `=` among them:
// prose like "a <b and c> d" has none. No part can backtrack over more than the text up to the next `<`
// or `>` (the attributes before the first `=` have no `=`), so a line of stray markup costs its length.
// Comments are found apart (commentSpans): `<!--.*?-->` tried at every `<!--` of a line that never closes
// one scans the rest of the line each time.
const MARKUP = new RegExp(`<(script|style)\\b[^<>]*>[^<]*</\\1\\s*>|</?(?:${ELEMENTS})(?:\\s*/?>|\\s[^<>=]*=[^<>]*>)`, 'gi');

type Markup = { index: number; text: string; reason: string };

/**
 * The line with every leftover HTML tag cut out (reason "HTML tag"), in one pass. A tag that stood
 * between two spaces, or between a space and the line's edge, takes one space with it (as cutOut does),
 * so the line stays single-spaced and trimmed and every tag goes back exactly where it stood.
 */
export function stripTags(line: SourceLine): SourceLine {
  const { text } = line;
  if (!text.includes('<')) return line;
  let kept = '';
  const cuts: Cut[] = [];
  let from = 0;
  for (const match of markupIn(text)) {
    kept += text.slice(from, match.index);
    let cut = match.text;
    let end = match.index + cut.length;
    const before = kept === '' ? '' : kept[kept.length - 1];
    const after = end === text.length ? '' : text[end];
    const lastCutHere = cuts.at(-1)?.offset === kept.length;
    if (after === ' ' && (before === ' ' || before === '')) {
      cut += ' ';
      end += 1;
    } else if (before === ' ' && after === '' && !lastCutHere) {
      kept = kept.slice(0, -1);
      cut = ` ${cut}`;
    }
    cuts.push({ text: cut, reason: match.reason, offset: kept.length });
    from = end;
  }
  if (cuts.length === 0) return line;
  return { text: kept + text.slice(from), cuts: [...line.cuts, ...cuts] };
}

/** Every comment, element and tag of the line, in order; one found inside a comment is part of the comment. */
function* markupIn(text: string): Generator<Markup> {
  const comments = commentSpans(text);
  let next = 0;
  let tag: RegExpExecArray | null = null;
  // Once a search finds no tag, none is left: searching again from each comment would rescan the line.
  let tagsLeft = true;
  let from = 0;
  for (;;) {
    if (tagsLeft && (!tag || tag.index < from)) {
      MARKUP.lastIndex = from;
      tag = MARKUP.exec(text);
      tagsLeft = tag !== null;
    }
    while (next < comments.length && comments[next]!.index < from) next += 1;
    const comment = comments[next];
    if (comment && (!tag || comment.index < tag.index)) {
      yield comment;
      from = comment.index + comment.text.length;
    } else if (tag) {
      yield { index: tag.index, text: tag[0], reason: tag[1] ? `HTML ${tag[1].toLowerCase()} element` : 'HTML tag' };
      from = tag.index + tag[0].length;
    } else return;
  }
}

/** `<!-- ... -->` spans by plain search: once one `<!--` has no `-->` after it, no later one has. */
function commentSpans(text: string): Markup[] {
  const spans: Markup[] = [];
  for (let open = text.indexOf('<!--'); open >= 0;) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    spans.push({ index: open, text: text.slice(open, close + 3), reason: 'HTML comment' });
    open = text.indexOf('<!--', close + 3);
  }
  return spans;
}
