import { wordCount } from './line-shape';
import { isPhotoCreditLine, metadataLineKind } from './metadata-lines';
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
    // An agency's picture block: its description, the photographer's bare name, then the caption ("People wade across
    // a river." / "Arnulfo Franco" / "FILE - Haitian migrants wade across ..."), each on a line of its own.
    if (judged[index] && isPhotographerThenCaption(lines, judged, index) && index - 2 !== first) {
      captions.push(index - 1);
      if (standsAlone(lines, judged, index - 2, index - 3) && isCaptionShaped(lines[index - 2]?.text ?? '')) captions.push(index - 2);
      return;
    }
    if (!judged[index] || !isPhotoCreditLine(line.text)) return;
    // "Minister X briefs the media at Kusile." twice, then "Image: TimesLIVE/Name": the caption printed twice above it.
    // Not the standfirst printed twice over the lead photo's credit: some text stands between the headline and them.
    const above = lines[index - 1]?.text ?? '';
    const printedTwice = above !== '' && lines[index - 2]?.text === above && !judged[index - 1] && !judged[index - 2];
    if (
      printedTwice &&
      lines.some((each, at) => at > first && at < index - 2 && each.text !== '' && !judged[at]) &&
      standsAlone(lines, judged, index - 2, index - 3) &&
      isCaptionShaped(above)
    ) {
      captions.push(index - 2, index - 1);
    }
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

/** A name alone ("Arnulfo Franco"), two or three capitalised words, right above a caption, a line of its own above it. */
const PHOTOGRAPHER = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,2}$/u;

function isPhotographerThenCaption(lines: readonly SourceLine[], judged: readonly boolean[], index: number): boolean {
  const name = lines[index - 1];
  if (!name || judged[index - 1] || !PHOTOGRAPHER.test(name.text)) return false;
  const above = lines[index - 2];
  return above !== undefined && above.text !== '' && !judged[index - 2] && metadataLineKind(lines[index]?.text ?? '') === 'caption';
}
