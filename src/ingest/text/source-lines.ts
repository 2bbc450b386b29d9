import { decodeEntities } from './decode-entities';
import { stripTags } from './strip-tags';
import type { SourceLine } from './text-parts';

/**
 * The text after the date prefix as lines: entities decoded, whitespace runs (tabs, no-break spaces)
 * collapsed to one space, each line trimmed, backtick apostrophes made apostrophes, leftover HTML tags cut out.
 * Blank lines stay, as "".
 */
export function readSourceLines(rest: string): SourceLine[] {
  return decodeEntities(rest)
    .split('\n')
    .map((raw) => stripTags({ text: withApostrophes(raw.replace(/\s+/g, ' ').trim()), cuts: [] }));
}

/**
 * "the Secretary-General`s report", "don`t": a backtick some sites type for an apostrophe, which would otherwise
 * end a name ("Secretary-General`s" read as a name of its own). One character for one: no offset moves.
 */
function withApostrophes(text: string): string {
  return text.includes('`') ? text.replace(/(?<=\p{L})`(?=(?:s|t|ll|re|ve|d|m)\b)/gu, '’') : text;
}

/** A line that held nothing but markup: it is removed whole, and reads as a blank line. */
export function isMarkupOnly(line: SourceLine): boolean {
  return line.text === '' && line.cuts.length > 0;
}
