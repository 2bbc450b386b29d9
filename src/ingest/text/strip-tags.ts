import type { Cut, SourceLine } from './text-parts';

// Only real HTML element names, so "<Reuters>" or "a <b and c> d" in prose are never taken for markup.
const ELEMENTS =
  'a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|video|wbr';

// A script or style element with its content, a comment, or one tag. A tag with attributes needs an `=`
// among them: prose like "a <b and c> d" has none.
const MARKUP = new RegExp(
  `<(script|style)\\b[^<>]*>[^<]*</\\1\\s*>|<!--.*?-->|</?(?:${ELEMENTS})(?:\\s*/?>|\\s[^<>]*=[^<>]*>)`,
  'gi',
);

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
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match; match = MARKUP.exec(text)) {
    kept += text.slice(from, match.index);
    let cut = match[0];
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
    cuts.push({ text: cut, reason: reasonFor(match), offset: kept.length });
    from = end;
  }
  if (cuts.length === 0) return line;
  return { text: kept + text.slice(from), cuts: [...line.cuts, ...cuts] };
}

function reasonFor(match: RegExpExecArray): string {
  if (match[1]) return `HTML ${match[1].toLowerCase()} element`;
  return match[0].startsWith('<!--') ? 'HTML comment' : 'HTML tag';
}
