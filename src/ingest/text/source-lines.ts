import { decodeEntities } from './decode-entities';
import { stripTags } from './strip-tags';
import type { SourceLine } from './text-parts';

/**
 * The text after the date prefix as lines: entities decoded, whitespace runs (tabs, no-break spaces)
 * collapsed to one space, each line trimmed, leftover HTML tags cut out. Blank lines stay, as "".
 */
export function readSourceLines(rest: string): SourceLine[] {
  return decodeEntities(rest)
    .split('\n')
    .map((raw) => stripTags({ text: raw.replace(/\s+/g, ' ').trim(), cuts: [] }));
}

/** A line that held nothing but markup: it is removed whole, and reads as a blank line. */
export function isMarkupOnly(line: SourceLine): boolean {
  return line.text === '' && line.cuts.length > 0;
}
