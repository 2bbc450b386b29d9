import { bareBylineLines, isAuthorNote } from './bare-byline';
import { captionNeighbours } from './caption-neighbours';
import { colonDatelineLines, datelineLine } from './dateline-line';
import { quoteInlines } from './quotations';
import { withCutsRestored } from './cut-span';
import { endsSentence, wordCount } from './line-shape';
import { isLabelledHeadline, isNewsroomCredit, metadataLineKind } from './metadata-lines';
import type { Entry } from './paragraph-drafts';
import {
  ICON_WORDS,
  isClosingListHeading,
  isDateBarWeather,
  isReactionsPrompt,
  isReadMoreMarker,
  isRelatedListMarker,
  isSectionLabel,
  isSupportButton,
  siteJunkReason,
} from './site-junk';
import { isMarkupOnly } from './source-lines';
import type { Removal, SourceLine } from './text-parts';

const METADATA_REASONS = { byline: 'byline', credit: 'credit', caption: 'photo caption', timestamp: 'timestamp' } as const;
const TIMESTAMP_LABEL =
  /^(?:(?:posted|updated|published|(?:and )?last updated|first published|publish(?:ed)? date|publication date|date published)(?:\s*,?\s*(?:updated|on|at))*|on)\s*:?$/iu;

/**
 * "Published" then "Last updated", each alone on its line, below a standfirst: two timestamp labels in a row are the
 * page's, wherever they stand (one alone above the body is taken above; in the body it may be a word of the text).
 */
function markLabelPairs(lines: readonly SourceLine[], verdicts: (string | null)[]): void {
  let previous = -1;
  lines.forEach((line, index) => {
    if (line.text === '') return;
    const label = TIMESTAMP_LABEL.test(line.text) && line.text.toLowerCase() !== 'on';
    if (label && previous >= 0 && verdicts[previous] === null && verdicts[index] === null) {
      verdicts[previous] = 'timestamp label';
      verdicts[index] = 'timestamp label';
    }
    previous = label ? index : -1;
  });
}

/** At most this many link lines follow a "Related posts" heading. */
const MAX_RELATED_LINKS = 12;

/**
 * Every source line judged: body text, or taken out with its reason (bylines, credits, captions and
 * timestamps are taken out too, marked to be kept as metadata). A line taken out reads as a paragraph
 * break, as a blank line does. When no rule is sure, the line stays body text.
 */
export function cleanLines(lines: readonly SourceLine[]): Entry[] {
  const verdicts = lines.map(judgeLine);
  // "Video: Attorney-General On Sentencing Laws" as the text's first line: the headline, not a video's credit.
  const firstLine = lines.findIndex((line) => line.text !== '');
  if (firstLine >= 0 && verdicts[firstLine] === 'credit' && isLabelledHeadline(lines[firstLine]?.text ?? '')) verdicts[firstLine] = null;
  const prose = lines.map((line, index) => verdicts[index] === null && isProse(line.text));
  const firstProse = prose.indexOf(true);
  // One date bar on a page: several such lines are a story's list of readings ("The five hottest days ...:").
  const dateBars = lines.filter((line) => isDateBarWeather(line.text)).length;
  verdicts.forEach((verdict, index) => {
    const line = lines[index];
    if (verdict !== null || !line || line.text === '') return;
    if (firstProse >= 0 && index >= firstProse) return;
    if (isSectionLabel(line.text)) verdicts[index] = 'section label';
    else if (isDateBarWeather(line.text) && dateBars === 1) verdicts[index] = 'weather widget';
    // "The Hindu Bureau", "Web Desk": a newsroom signing; "• Home": a menu's first item. Elsewhere these may be body.
    else if (isNewsroomCredit(line.text)) verdicts[index] = 'byline';
    else if (/^[•·›»]\s*home$/iu.test(line.text)) verdicts[index] = 'site navigation';
    // "Posted", "Updated:", "Published" then "on": a timestamp's labels, its date lost with the page's markup.
    else if (TIMESTAMP_LABEL.test(line.text)) verdicts[index] = 'timestamp label';
    // "Author", "Reporter:" over the writer's name (a byline rule's).
    else if (/^(?:author|by|reporter|correspondent|written by)\s*:?$/iu.test(line.text)) verdicts[index] = 'byline label';
  });
  // "TYT Newsroom" as the text's last line: the newsroom signing off under the story. Not an office a contact line
  // names ("... contact:" over "Kelsford Citizens Advice Bureau").
  const lastLine = lines.findLastIndex((line) => line.text !== '');
  const lastText = lines[lastLine]?.text ?? '';
  const beforeLast = previousNonBlank(lines, lastLine - 1);
  const signsOff = isNewsroomCredit(lastText) && !/:\s*$/u.test(lines[beforeLast ?? -1]?.text ?? '');
  if (lastLine > firstProse && verdicts[lastLine] === null && signsOff) verdicts[lastLine] = 'byline';
  markRepeatedIconWords(lines, verdicts);
  markGluedBreadcrumbs(lines, verdicts);
  markSupportButtons(lines, verdicts);
  markCaptionsInQuotations(lines, verdicts);
  markLabelPairs(lines, verdicts);
  markMenuLists(lines, verdicts, firstProse);
  markReactions(lines, verdicts, prose);
  markRelatedLinks(lines, verdicts, prose);
  markRepeatedLines(lines, verdicts, firstProse);
  markTeaserCopies(lines, verdicts);
  markDoubledLinks(lines, verdicts, firstProse);
  const judged = verdicts.map((verdict) => verdict !== null);
  for (const index of captionNeighbours(lines, judged)) verdicts[index] = 'caption';
  markBareCaptionCopies(lines, verdicts, firstProse);
  const judgedNow = verdicts.map((verdict) => verdict !== null);
  // The note on the author goes out of the body with its reason, but the byline names only the author.
  for (const index of bareBylineLines(lines, judgedNow, prose))
    verdicts[index] = isAuthorNote(lines[index]?.text ?? '') ? 'author note' : 'byline';
  const dateline = datelineLine(
    lines,
    verdicts.map((verdict) => verdict !== null),
    firstProse,
  );
  if (dateline !== null) verdicts[dateline] = 'dateline';
  for (const index of colonDatelineLines(lines, prose)) if (verdicts[index] === null) verdicts[index] = 'dateline';
  const entries: Entry[] = [];
  lines.forEach((line, index) => {
    const verdict = verdicts[index];
    if (verdict === undefined || verdict === null) {
      entries.push(line.text === '' ? { kind: 'blank' } : { kind: 'body', line });
      return;
    }
    entries.push({ kind: 'removed', removal: removalOf(line, verdict) });
    entries.push({ kind: 'blank' });
  });
  return entries;
}

/** A repeat is at least this long: short lines ("Yes.", a list's "No") may well come twice. */
const MIN_REPEATED_CHARS = 40;
/** A short line that ends no sentence, said twice in a row, is a picture's words or a link's, up to this many. */
const MAX_REPEATED_LABEL_WORDS = 12;

/**
 * A line of the body that the line before it says again, word for word: a photo's caption given twice (as its
 * text and its description), a pull quote pasted back. The headline's and the standfirst's repeats at the top are
 * the title's to take out (title.ts).
 */
function markRepeatedLines(lines: readonly SourceLine[], verdicts: Verdict[], firstProse: number): void {
  // The body lines kept so far, the last two: the line a repeat says again, and the one that may introduce both.
  let previous = -1;
  let earlier = -1;
  lines.forEach((line, index) => {
    if (line.text === '' || verdicts[index] !== null) return;
    const sentence = /[.!?]["”’)]*$/u.test(line.text);
    const repeat =
      firstProse >= 0 &&
      previous > firstProse &&
      line.text === lines[previous]?.text &&
      // A sentence of some length (short ones, "Yes.", a list's "No.", may well come twice), or a short line that
      // is none: "Apple Store 5th Ave NY" twice over (an image's alt text and its caption), "Meeting Minutes" twice (a
      // heading, then the link it heads; the first copy stays, as it may be the heading).
      (sentence
        ? line.text.length >= MIN_REPEATED_CHARS
        : !/:["”’)]*$/u.test(line.text) && line.text.split(/\s+/u).length <= MAX_REPEATED_LABEL_WORDS) &&
      // "... the same line twice over:" then the line twice: a chant, a refrain, said twice on purpose.
      !/:\s*$/u.test(lines[earlier]?.text ?? '');
    if (repeat) {
      verdicts[index] = 'repeated line';
      return;
    }
    earlier = previous;
    previous = index;
  });
}

/** How many lines on, blank ones not counted, the paragraph a teaser cuts short may stand. */
const TEASER_REACH = 3;
/** A teaser says this much of the paragraph at least: a few words alone may open two paragraphs alike. */
const MIN_TEASER_LETTERS = 40;

/**
 * "LAHORE: Federal Minister ... said on Monday that the investments of..." over the byline and the paragraph it
 * cuts short: the page's teaser of its own lead, the same words (a hyphen where the line broke aside), then "...".
 */
function markTeaserCopies(lines: readonly SourceLine[], verdicts: Verdict[]): void {
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  // The first line still in is the headline, which the lead may well open with ("The day the river came ...").
  const headline = lines.findIndex((line, index) => line.text !== '' && verdicts[index] === null);
  lines.forEach((line, index) => {
    if (index === headline || verdicts[index] !== null || !CUT_OFF.test(line.text)) return;
    const teaser = letters(line.text);
    if (teaser.length < MIN_TEASER_LETTERS) return;
    let seen = 0;
    for (let next = index + 1; next < lines.length && seen < TEASER_REACH; next += 1) {
      const text = lines[next]?.text ?? '';
      if (text === '' || verdicts[next] !== null) continue;
      seen += 1;
      if (text.length > line.text.length && letters(text).startsWith(teaser)) {
        verdicts[index] = 'teaser';
        return;
      }
    }
  });
}

/** How many lines away, blank ones not counted, a caption's copy without its credit may stand. */
const CAPTION_COPY_REACH = 2;
/** A regional paper's caption opens on a label in capitals: "CORAL BLEACHING: More coral bleaching. ..." */
const CAPTION_LABEL = /^\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,4}: /u;
/**
 * What a caption's copy leaves out: its credit ("Credit: Getty Images", "Photo: Kari Nes/AFP", "Tom Lee/Reuters",
 * "Contributed").
 */
const CREDIT_TAIL =
  /^\s*(?:[([]?\s*(?:credit|photo|picture|image|source|contributed|submitted)s?\b|[^.!?]{0,40}\/|[^.!?]{0,20}\b(?:AFP|AP|Reuters|REUTERS|Getty|EPA)\b)[^.!?]{0,60}$/iu;

/**
 * A line of the body that is a caption taken out near it, without its credit: "Rory Kostjasyn of the Cowboys consoles
 * Matt Duffie ..." then, a line or two on, the same words with "Credit: Getty Images" run on. Pages give a picture's
 * words twice (its alt text and its caption); the copy without the credit is a caption too, unless it is the lead.
 */
function markBareCaptionCopies(lines: readonly SourceLine[], verdicts: Verdict[], firstProse: number): void {
  const nonBlank = lines.flatMap((line, index) => (line.text === '' ? [] : [index]));
  nonBlank.forEach((index, k) => {
    if (verdicts[index] !== 'caption') return;
    const caption = lines[index]?.text ?? '';
    for (const other of [...nonBlank.slice(Math.max(0, k - CAPTION_COPY_REACH), k), ...nonBlank.slice(k + 1, k + 1 + CAPTION_COPY_REACH)]) {
      const copy = lines[other]?.text ?? '';
      // The lead may be what a picture at the top says again: it stays; not a caption's label in capitals, which no lead
      // opens with ("CORAL BLEACHING: More coral bleaching. ...").
      const lead = other === firstProse && !CAPTION_LABEL.test(copy);
      if (lead || verdicts[other] !== null || copy.length < MIN_REPEATED_CHARS || !caption.startsWith(copy)) continue;
      if (CREDIT_TAIL.test(caption.slice(copy.length))) verdicts[other] = 'caption';
    }
  });
}

/** A link's words said twice on one line are at least this many words each time. */
const MIN_DOUBLED_WORDS = 5;
/** ... and at most this many, a headline's length. */
const MAX_DOUBLED_WORDS = 25;
/** Two headlines' length, beyond which a line is not looked at for one. */
const MAX_DOUBLED_CHARS = 500;
/** Links come in lists: this many doubled lines at least. */
const MIN_DOUBLED_LINKS = 2;

/**
 * "Man admits killing pensioner on mobility scooter Man admits killing pensioner on mobility scooter": links to other
 * stories, each headline given twice (as the link's title and its text), below the start of the body: two such lines
 * or more, as links come in lists (one line said twice may be a chant). Above the body, a headline so doubled is the
 * title's to take once (title.ts).
 */
function markDoubledLinks(lines: readonly SourceLine[], verdicts: Verdict[], firstProse: number): void {
  const doubled = lines.flatMap((line, index) =>
    firstProse >= 0 && index > firstProse && verdicts[index] === null && isDoubled(line.text) ? [index] : [],
  );
  if (doubled.length >= MIN_DOUBLED_LINKS) for (const index of doubled) verdicts[index] = 'related link';
}

/**
 * A headline's words, no sentence's, said twice over on one line. Every body line passes here, so the halves are
 * compared word by word (title.ts's back-referencing pattern, run on one headline, would be quadratic on a long
 * paragraph).
 */
function isDoubled(text: string): boolean {
  // A headline ends on no full stop, and is short: a paragraph said twice over (a page's markup doubling it) is body.
  if (text.length > MAX_DOUBLED_CHARS || /[.!?]["”’)]*$/u.test(text)) return false;
  const words = text.split(/\s+/u);
  const half = words.length / 2;
  if (!Number.isInteger(half) || half < MIN_DOUBLED_WORDS || half > MAX_DOUBLED_WORDS) return false;
  return words.slice(0, half).join(' ') === words.slice(half).join(' ');
}

/** A reason, a metadata kind, or null for body text (and blank lines). */
type Verdict = string | keyof typeof METADATA_REASONS | null;

function judgeLine(line: SourceLine): Verdict {
  if (isMarkupOnly(line)) return line.cuts[0]?.reason ?? 'HTML tag';
  if (line.text === '') return null;
  return siteJunkReason(line.text) ?? (isImageCaption(line) ? 'caption' : metadataLineKind(line.text));
}

/** A caption has at most this many words; a line holding an image and more is body text that had an image in it. */
const MAX_IMAGE_CAPTION_WORDS = 20;

/**
 * The words left on a line an image was cut from ("Ashanti Regional Minister, Simon Osei Mensah <img ...>"): the
 * image's caption, not a headline or the body's first paragraph, unless they run as a sentence.
 */
function isImageCaption(line: SourceLine): boolean {
  // The image after the words, as a caption's is: words after an image may be the paragraph it illustrates.
  if (!line.cuts.some((cut) => /^\s*<img\b/i.test(cut.text) && cut.offset >= line.text.length)) return false;
  return wordCount(line.text) <= MAX_IMAGE_CAPTION_WORDS && !endsSentence(line.text);
}

function removalOf(line: SourceLine, verdict: string): Removal {
  const text = withCutsRestored(line.text, line.cuts);
  if (verdict in METADATA_REASONS) {
    const keptAs = verdict as keyof typeof METADATA_REASONS;
    return { text, reason: METADATA_REASONS[keptAs], keptAs };
  }
  return { text, reason: verdict };
}

/** A line that reads as running text: a sentence of some length, or a long line. */
function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 10 && /[.!?…]["”’)]*$/u.test(text)) || words >= 25;
}

/** A caption inside a quotation is a name or a place, a few words and no stop: "Newcastle Crown Court". */
const MAX_CAPTION_IN_QUOTATION_WORDS = 6;

/**
 * "Newcastle Crown Court" between two paragraphs of a judge's words, the first left open, the next opening again: a
 * picture's caption the page set inside the quotation (a section heading never stands inside one). It had become a
 * heading, and the quotation's next paragraph had lost its speaker.
 */
function markCaptionsInQuotations(lines: readonly SourceLine[], verdicts: Verdict[]): void {
  lines.forEach((line, index) => {
    const text = line.text;
    if (verdicts[index] !== null || text === '' || wordCount(text) > MAX_CAPTION_IN_QUOTATION_WORDS) return;
    if (!/^\p{Lu}/u.test(text) || /[.!?:;,"“”]$/u.test(text)) return;
    const before = previousNonBlank(lines, index - 1);
    const after = nextUnjudged(lines, verdicts, index + 1);
    if (before === null || after === null || verdicts[before] !== null) return;
    if (leavesQuotationOpen(lines[before]?.text ?? '') && /^["“]/u.test(lines[after]?.text ?? '')) verdicts[index] = 'caption';
  });
}

/** A paragraph that opens a quotation and does not close it: "“It is every householder's worst fear ...". */
function leavesQuotationOpen(text: string): boolean {
  return /^["“]/u.test(text) && quoteInlines(text, false).unclosed;
}

/**
 * "Support us today", "Not now" a line or three under a reader-funded site's appeal: its buttons. Elsewhere they may be
 * a play's title or an answer ("Not now.").
 */
function markSupportButtons(lines: readonly SourceLine[], verdicts: Verdict[]): void {
  const reach = 4;
  lines.forEach((line, index) => {
    if (verdicts[index] !== null || !isSupportButton(line.text)) return;
    if (verdicts.slice(Math.max(0, index - reach), index).includes('support prompt')) verdicts[index] = 'support prompt';
  });
}

/**
 * "HomePic of the DayPics of the Day: Rainy season returns" over "Pics of the Day: Rainy season returns": a page's
 * trail, its links run together with no separator, ending on the headline the line below gives.
 */
function markGluedBreadcrumbs(lines: readonly SourceLine[], verdicts: Verdict[]): void {
  lines.forEach((line, index) => {
    if (verdicts[index] !== null || !/^Home(?=\p{Lu})/u.test(line.text)) return;
    const next = lines.slice(index + 1).find((other) => other.text !== '');
    if (next && next.text.length >= 10 && line.text.endsWith(next.text)) verdicts[index] = 'breadcrumbs';
  });
}

/**
 * "equalizer" over "Business", "equalizer" over "Tourism": an icon font's ligature named by a word, left as a line
 * wherever a menu's icon stood, so on several lines of the page. A word on one line alone (a spelling bee's winning
 * word, a poem's) is the body's.
 */
function markRepeatedIconWords(lines: readonly SourceLine[], verdicts: Verdict[]): void {
  const counts = new Map<string, number>();
  for (const line of lines) if (ICON_WORDS.has(line.text)) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  lines.forEach((line, index) => {
    if (verdicts[index] === null && (counts.get(line.text) ?? 0) >= 2) verdicts[index] = 'icon name';
  });
}

/**
 * "Related posts" and the links under it: short lines with no full stop. When body text follows the
 * list, its last line is left alone, since it may be a section heading. "Also read" standing alone
 * takes the one link after it.
 */
function markRelatedLinks(lines: readonly SourceLine[], verdicts: Verdict[], prose: readonly boolean[]): void {
  const lastProse = prose.lastIndexOf(true);
  lines.forEach((line, index) => {
    // "Commercial culling of bison banned: Polish official" over "see more": another story's headline, its link below.
    if (verdicts[index] === 'read-more link' && BARE_SEE_MORE.test(line.text)) {
      const title = previousNonBlank(lines, index - 1);
      if (
        title !== null &&
        verdicts[title] === null &&
        !prose[title] &&
        looksLikeLink(lines[title]?.text ?? '') &&
        !/[?:]$/u.test(lines[title]?.text ?? '')
      )
        verdicts[title] = 'related link';
    }
    if (isReadMoreMarker(line.text)) {
      verdicts[index] ??= 'read-more link';
      const link = nextUnjudged(lines, verdicts, index + 1);
      if (link !== null && !prose[link] && looksLikeLink(lines[link]?.text ?? '')) verdicts[link] = 'related link';
      return;
    }
    if (verdicts[index] !== null) return;
    // "Videos", "Popular Categories": a list's heading only when the page's closing list follows it.
    const closing = isClosingListHeading(line.text);
    if (!closing && !isRelatedListMarker(line.text)) return;
    const tail = relatedTail(lines, verdicts, prose, index);
    if (closing && !tail) return;
    verdicts[index] = 'related links';
    if (tail) {
      for (const link of tail) verdicts[link] = 'related links';
      // The dates of the stories linked are theirs, not this article's.
      for (let at = index + 1; at < (tail.at(-1) ?? index); at += 1) if (verdicts[at] === 'timestamp') verdicts[at] = 'related links';
      return;
    }
    const links: number[] = [];
    let next = nextUnjudged(lines, verdicts, index + 1);
    while (next !== null && links.length < MAX_RELATED_LINKS) {
      const text = lines[next]?.text ?? '';
      // A link's teaser under it, cut off mid-sentence: "Police have opened an investigation into malicious online abuse...".
      const teaser = links.length > 0 && !isTeaser(lines[links.at(-1) as number]?.text ?? '') && isTeaser(text);
      if (!teaser && (prose[next] || !looksLikeLink(text))) break;
      links.push(next);
      next = nextUnjudged(lines, verdicts, next + 1);
    }
    if (next !== null && lastProse >= next) links.pop();
    for (const link of links) verdicts[link] = 'related links';
  });
}

/**
 * A reactions widget after the article's last prose: its question ("What is your response?"), then three or more
 * buttons of a word or two or an exclamation ("Wow", "Very sad!", "Looks like a mess!").
 */
function markReactions(lines: readonly SourceLine[], verdicts: Verdict[], prose: readonly boolean[]): void {
  const lastProse = prose.lastIndexOf(true);
  for (let index = lastProse + 1; index < lines.length; index += 1) {
    if (verdicts[index] !== null || !isReactionsPrompt(lines[index]?.text ?? '')) continue;
    const buttons: number[] = [];
    for (
      let next = nextUnjudged(lines, verdicts, index + 1);
      next !== null && buttons.length < MAX_REACTIONS;
      next = nextUnjudged(lines, verdicts, next + 1)
    ) {
      const button = lines[next]?.text ?? '';
      if (wordCount(button) > 4 || (wordCount(button) > 2 && !button.endsWith('!')) || /[.?,;:]$/u.test(button)) break;
      buttons.push(next);
    }
    if (buttons.length >= MIN_REACTIONS) for (const at of [index, ...buttons]) verdicts[at] = 'reactions';
  }
}

/** A menu above the body: at least this many bulleted lines in a row, none of them more than a few words. */
const MIN_MENU_ITEMS = 4;
// A bullet (not a dash, which may be a minus or a line of dialogue), then a few words with no sentence's marks.
const BULLET = '[•·›»▸◦]';
const MENU_ITEM = new RegExp(`^${BULLET}\\s*[\\p{L}&' ]{1,40}$`, 'u');
const MENU_BULLET = new RegExp(`^${BULLET}\\s*`, 'u');

/**
 * "• Home", "• Latest News", "• Breaking news", ...: a site's menu, left above the headline or the lead as bulleted
 * lines. A list in the body (below the first line of prose) is the article's own and stays.
 */
function markMenuLists(lines: readonly SourceLine[], verdicts: Verdict[], firstProse: number): void {
  if (firstProse < 0) return;
  let run: number[] = [];
  // A site's sections: "Home" among them, or two section names ("• Sport", "• Technology"); a packing list has neither.
  const item = (index: number): string => (lines[index]?.text ?? '').replace(MENU_BULLET, '');
  const isMenu = (): boolean =>
    run.some((index) => /^home$/iu.test(item(index))) || run.filter((index) => isSectionLabel(item(index))).length >= 2;
  const close = (): void => {
    if (run.length >= MIN_MENU_ITEMS && isMenu()) for (const index of run) verdicts[index] ??= 'site navigation';
    run = [];
  };
  for (let index = 0; index < firstProse; index += 1) {
    const text = lines[index]?.text ?? '';
    if (text === '') continue;
    // A menu's item another rule took ("• Home") still counts among its items.
    if (MENU_ITEM.test(text)) run.push(index);
    else if (verdicts[index] === null) close();
  }
  close();
}

/** At most this many lines after a list's heading may be taken as the page's closing list, and at least this many links. */
const MAX_TAIL_LINES = 40;
const MIN_TAIL_LINKS = 4;
/** A reactions widget has at least this many buttons, and no more than this many are looked at. */
const MIN_REACTIONS = 3;
const MAX_REACTIONS = 10;

/**
 * The lines from a list's heading to the end of the text, when they are the page's closing list of other stories
 * or videos: link lines ("... 2:55", a title repeated), four at least, the last a link, and prose only as the
 * description right after a bulleted link. Null when the text goes on or ends as an article does.
 */
function relatedTail(
  lines: readonly SourceLine[],
  verdicts: readonly Verdict[],
  prose: readonly boolean[],
  marker: number,
): number[] | null {
  const rest: number[] = [];
  for (let next = nextUnjudged(lines, verdicts, marker + 1); next !== null; next = nextUnjudged(lines, verdicts, next + 1)) {
    // A list's heading far from the end heads no closing list: stop looking (a page of many such headings stays linear).
    if (rest.length === MAX_TAIL_LINES) return null;
    rest.push(next);
  }
  const isLink = (index: number): boolean => !prose[index] && looksLikeLink(lines[index]?.text ?? '');
  // A line of prose is a description only right after a bulleted link ("• What you missed ..." then what it is), or
  // after a link and its date ("Coal-loving Poland struggles with killer smog", "February 14, 2018", then its teaser).
  const dated = (k: number): boolean =>
    k > 0 &&
    isLink(rest[k - 1] as number) &&
    verdicts.slice((rest[k - 1] as number) + 1, rest[k]).some((verdict) => verdict === 'timestamp');
  const described = (k: number): boolean => k > 0 && (/^[•·›»▸◦*-]/u.test(lines[rest[k - 1] as number]?.text ?? '') || dated(k));
  const links = rest.filter(isLink).length;
  const teasers = rest.filter((index, k) => !isLink(index) && dated(k)).length;
  const fits =
    rest.length > 0 &&
    rest.length <= MAX_TAIL_LINES &&
    // Fewer links will do when each has its date and its teaser: a related stories box's shape, which no body has.
    (links >= MIN_TAIL_LINKS || (teasers >= 2 && teasers === links)) &&
    rest.every((index, k) => isLink(index) || described(k)) &&
    (isLink(rest.at(-1) as number) || dated(rest.length - 1));
  return fits ? rest : null;
}

/** The index of the next non-blank line no rule has judged yet, or null. */
/** "see more", "Read more »": a link with no words of its own, which the line above it names. */
const BARE_SEE_MORE = /^(?:see more|read more|more)\W*$/iu;

function previousNonBlank(lines: readonly SourceLine[], from: number): number | null {
  for (let index = from; index >= 0; index -= 1) if (lines[index]?.text !== '') return index;
  return null;
}

function nextUnjudged(lines: readonly SourceLine[], verdicts: readonly Verdict[], from: number): number | null {
  for (let index = from; index < lines.length; index += 1) {
    if (lines[index]?.text !== '' && verdicts[index] === null) return index;
  }
  return null;
}

/** Words cut off where the page stopped them: a word, then "..." or "…". */
const CUT_OFF = /[\p{L},]\s?(?:\.{3}|…)$/u;

/** A link's teaser under it, cut off. */
function isTeaser(text: string): boolean {
  return wordCount(text) <= 40 && CUT_OFF.test(text);
}

function looksLikeLink(text: string): boolean {
  return wordCount(text) <= 20 && !/[.!]["”’)]*$/u.test(text);
}
