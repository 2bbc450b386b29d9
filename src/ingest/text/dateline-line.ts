import { nlp } from '../nlp';
import { MONTH_NAME } from './month-name';
import type { SourceLine } from './text-parts';

// "WASHINGTON", "NEW YORK", "KYIV, Ukraine": a place in capitals, perhaps with its country or state after a comma,
// and the dash that joined it to the lead ("GUATEMALA CITY, Guatemala -").
const DATELINE_SHAPE = /^(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?(?: [-–—])?$/u;
// "New York, May 20", "LONDON, March 3, 2024": the place in any case, then the day it was filed.
const DATED_SHAPE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?,? ${MONTH_NAME} \d{1,2}(?:, \d{4})?$`,
  'u',
);

// "Santo Domingo, DR", "Lima, Peru": a place in title case, then its country or state (its initials, or a name).
const TITLED_SHAPE = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}), (?:\p{Lu}{2,3}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;

/**
 * The line standing right above the lead that is only the place the story was filed from ("WASHINGTON", "New York,
 * May 20"), as wire copy scraped from a page leaves it: not a heading, nor body text. Returns its index, or null.
 * `judged` says which lines another rule has taken out; `firstProse` is the lead's index.
 */
export function datelineLine(lines: readonly SourceLine[], judged: readonly boolean[], firstProse: number): number | null {
  if (firstProse <= 0) return null;
  let above = firstProse - 1;
  while (above >= 0 && (lines[above]?.text === '' || judged[above])) above -= 1;
  const text = lines[above]?.text ?? '';
  const shape = DATELINE_SHAPE.exec(text) ?? DATED_SHAPE.exec(text) ?? TITLED_SHAPE.exec(text);
  if (above < 0 || !shape || text.length > 40 || /\bday$/iu.test(shape[1] as string)) return null;
  // A line of the same shape further down makes these section headings ("GAZA" ... "ISRAEL"), not a dateline.
  const sameShape = (line: SourceLine, k: number): boolean =>
    !judged[above + 1 + k] && (DATELINE_SHAPE.test(line.text) || DATED_SHAPE.test(line.text) || TITLED_SHAPE.test(line.text));
  if (lines.slice(above + 1).some(sameShape)) return null;
  // The first line still in is the headline, never a dateline ("DALLAS" may head a local page), unless it gives the day
  // it was filed ("New Delhi, July 14"), which no headline does.
  const headline = lines.findIndex((line, index) => line.text !== '' && !judged[index]);
  if (headline === above && !DATED_SHAPE.test(text)) return null;
  // Every word of the capitals a place's ("NEW YORK"), as the tagger knows places; a kicker ("EXCLUSIVE") is not.
  const place = (shape[1] as string).toLowerCase().replace(/(^|[\s-])\p{L}/gu, (first) => first.toUpperCase());
  return nlp(place).match('^#Place+$').found ? above : null;
}

/** How far down the text a dateline ending in a colon is looked for: under a standfirst, above the lead. */
const COLON_DATELINE_REACH = 3;
// A place in capitals (one to three words), its country after a comma, an agency's initials in brackets, a colon.
const COLON_SHAPE = /^(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?:, \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})?(?: \(\p{Lu}{2,6}\))?:$/u;

/**
 * "NAIROBI:", "BRIDGETOWN, Barbados (CMC):": the dateline on a line of its own, its place in capitals (one the tagger
 * knows, unless its country or its agency follow), then the colon that joined it to the lead. It may stand under a
 * standfirst, so it is looked for above the first prose lines, not only the first. Returns the indexes.
 */
export function colonDatelineLines(lines: readonly SourceLine[], prose: readonly boolean[]): number[] {
  const proseAt = prose.flatMap((isProse, index) => (isProse ? [index] : []));
  const before = proseAt[COLON_DATELINE_REACH - 1] ?? lines.length;
  return lines.flatMap((line, index) => {
    const place = index < before ? COLON_SHAPE.exec(line.text)?.[1] : undefined;
    if (!place) return [];
    const titled = place.toLowerCase().replace(/(^|[ -])\p{Ll}/gu, (first) => first.toUpperCase());
    // A place the tagger knows, or any word with its country or its agency after it: "HALE:" labels an answer,
    // "INGREDIENTS:" a recipe's part, "KELSFORD ROVERS:" a team sheet.
    const placed = /, |\(/u.test(line.text);
    return nlp(titled).match('^#Place+$').found || placed ? [index] : [];
  });
}
