import { cutOut } from './cut-span';
import type { SourceLine } from './text-parts';

// Only real HTML element names, so "<Reuters>" or "a <b and c> d" in prose are never taken for markup.
const ELEMENTS =
  'a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|noscript|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|video|wbr';

// A script or style element with its content, a comment, or one tag. A tag with attributes needs an `=`
// among them: prose like "a <b and c> d" has none.
const MARKUP = new RegExp(
  `<(script|style)\\b[^<>]*>[^<]*</\\1\\s*>|<!--.*?-->|</?(?:${ELEMENTS})(?:\\s*/?>|\\s[^<>]*=[^<>]*>)`,
  'gi',
);

/** The line with every leftover HTML tag cut out (reason "HTML tag"). */
export function stripTags(line: SourceLine): SourceLine {
  if (!line.text.includes('<')) return line;
  let current = line;
  let from = 0;
  for (;;) {
    MARKUP.lastIndex = from;
    const match = MARKUP.exec(current.text);
    if (!match) return current;
    const reason = match[1] ? `HTML ${match[1].toLowerCase()} element` : match[0].startsWith('<!--') ? 'HTML comment' : 'HTML tag';
    const next = cutOut(current, match.index, match.index + match[0].length, { text: '', reason });
    if (!next) return current;
    current = next;
    from = Math.min(match.index, current.text.length);
  }
}
