import { wordCount } from './line-shape';
import { isPhotoCreditLine } from './metadata-lines';
import type { SourceLine } from './text-parts';

const MAX_CAPTION_WORDS = 40;

/**
 * Captions that carry no credit or marker of their own, found by their place: a line standing directly
 * above or below a photo's credit line ("Photo: Kari Nes/AFP"), with no blank line between. Conservative,
 * since a lost sentence is worse than a stray caption: the line must be a short sentence ending in a full
 * stop (a heading or a headline does not), stand alone (a blank line, a removed line or the text's edge on
 * its far side, so it is not the last line of a wrapped paragraph), and not be the text's first line.
 *
 * `judged` says which lines another rule has taken out (the credit lines among them). Returns indexes.
 */
export function captionNeighbours(lines: readonly SourceLine[], judged: readonly boolean[]): number[] {
  const first = lines.findIndex((line, index) => line.text !== '' && !judged[index]);
  const captions: number[] = [];
  lines.forEach((line, index) => {
    if (!judged[index] || !isPhotoCreditLine(line.text)) return;
    for (const [at, far] of [
      [index - 1, index - 2],
      [index + 1, index + 2],
    ] as const) {
      if (at !== first && standsAlone(lines, judged, at, far) && isCaptionShaped(lines[at]?.text ?? '')) captions.push(at);
    }
  });
  return captions;
}

function standsAlone(lines: readonly SourceLine[], judged: readonly boolean[], at: number, far: number): boolean {
  const line = lines[at];
  if (!line || line.text === '' || judged[at]) return false;
  const beyond = lines[far];
  return beyond === undefined || beyond.text === '' || Boolean(judged[far]);
}

function isCaptionShaped(text: string): boolean {
  const words = wordCount(text);
  return (
    words >= 3 &&
    words <= MAX_CAPTION_WORDS &&
    /^["“‘]?\p{Lu}/u.test(text) &&
    /(?<!\.)\.["”’)]*$/u.test(text) &&
    !/[.!?]["”’]?\s+\p{Lu}.*[.!?]["”’]?\s+\p{Lu}/u.test(text)
  );
}
