import { cutBetweenWords } from '../derive-fields';
import { nlp } from '../nlp';
import { clauseTerms, cutAtClause } from './clause-cut';
import { withCutsRestored } from './cut-span';
import { dropped } from './dropped-draft';
import { furnitureAboveHeadline } from './furniture-above-headline';
import { isHeadline } from './headline';
import { firstSentence } from './lead-sentence';
import { comparable, endsSentence, endsWithFullStop, wordCount } from './line-shape';
import { MONTH_NAME } from './month-name';
import type { Draft } from './text-parts';

/** A derived title aims at this length, as headlines do... */
const LEAD_TITLE_CHARS = 90;
/** ...and may run to this to reach a clause boundary. */
export const MAX_LEAD_TITLE_CHARS = 110;
const MAX_STANDFIRST_CHARS = 400;

export type Titled = {
  title: string;
  titleSource: 'headline' | 'lead' | 'input';
  /** The draft the headline came from (its cuts and the removed lines before it stay with it). */
  headline: Draft | null;
  /** The drafts left for the body. */
  body: Draft[];
};

/**
 * The article's title: the one given (JSON input), the first line when it is a headline, or the lead
 * sentence cut at a clause boundary (leadTitle). A first line repeating the given title, and a headline repeated as the
 * next paragraph, are taken out of the body.
 */
export function chooseTitle(drafts: readonly Draft[], given?: string): Titled {
  const [first, ...rest] = drafts;
  if (given !== undefined && given.trim() !== '') {
    const title = given.replace(/\s+/g, ' ').trim();
    const body = first && rest.length && comparable(first.text) === comparable(title) ? dropped(drafts, 0, 'title repeated') : [...drafts];
    return { title, titleSource: 'input', headline: null, body };
  }
  // "Δείτε εδώ την ειδική έκδοση" above an English headline: the page's own line in another script, not the headline.
  if (first && rest[0] && isOtherScript(first.text, rest)) return chooseTitle(dropped(drafts, 0, 'other language'));
  // "Headline - Hindustan Times", a page's title, then the headline: below it at once, or below the page's menu
  // ("Menu Explore", "Search Search", "E-Paper"), short lines that are not the article's.
  const repeatAt = pageTitleRepeatAt(drafts);
  if (repeatAt > 0) return chooseTitle(droppedFirst(dropped(drafts, 0, 'page title'), repeatAt - 1, 'site navigation'));
  // "You are at: Home » Trending » Most Shared News Stories": the trail ends with the page's own headline, and what
  // stands above that headline is the page's, not the article's.
  const named = crumbedHeadline(drafts);
  if (named > 0) return chooseTitle(droppedFirst(drafts, named, 'above the headline'));
  const labels = labelsAboveHeadline(drafts);
  if (labels > 0) return chooseTitle(droppedFirst(drafts, labels, 'section label'));
  // A browser notice, an advert or a menu above the headline: lines that share no words with the article.
  const furniture = furnitureAboveHeadline(drafts);
  if (furniture > 0) return chooseTitle(droppedFirst(drafts, furniture, 'above the headline'));
  // "Home News 13 bills now before the AG Chambers": a breadcrumb trail run into the headline it ends with.
  if (first && rest[0] && isTrailToHeadline(first.text, rest[0].text)) return chooseTitle(dropped(drafts, 0, 'breadcrumbs'));
  // The page's own name for itself, not shaped as a headline (a breadcrumb's last item, "• Headline"), right above the headline.
  if (
    first &&
    rest[0] &&
    !isHeadline(first, rest[0]) &&
    comparable(first.text) === comparable(rest[0].text) &&
    isHeadline(rest[0], rest[1])
  ) {
    return chooseTitle(dropped(drafts, 0, 'headline repeated'));
  }
  if (first && isHeadline(first, rest[0])) {
    const headline = saidOnce(first);
    return { title: headline.text, titleSource: 'headline', headline, body: withoutRepeats(rest, headline.text) };
  }
  return { title: leadTitle(leadDraft(drafts)?.text ?? ''), titleSource: 'lead', headline: null, body: [...drafts] };
}

/**
 * A headline said twice on its line, as a video's player gives its title and then its description, perhaps with the
 * video's length after ("... concession speech San Francisco Mayor ... concession speech 09:53"): said once. The
 * second saying is cut out and kept in `removed` as "headline repeated" where it stood (with any tag that was cut
 * from it), so that nothing of the line is lost.
 */
function saidOnce(headline: Draft): Draft {
  const title = DOUBLED.exec(headline.text)?.[1];
  if (title === undefined) return headline;
  const kept = headline.cuts.filter((cut) => cut.offset <= title.length);
  const later = headline.cuts.filter((cut) => cut.offset > title.length).map((cut) => ({ ...cut, offset: cut.offset - title.length }));
  const repeated = withCutsRestored(headline.text.slice(title.length), later);
  return { ...headline, text: title, cuts: [...kept, { text: repeated, reason: 'headline repeated', offset: title.length }] };
}

const DOUBLED = /^(.{12,}?) \1(?: \d{1,2}:\d{2}(?::\d{2})?)?$/u;

/** How far down the lead may stand below labels. */
const MAX_LEAD_AT = 6;

/**
 * The paragraph a derived title comes from: the first, unless it and the few after it are labels that no headline
 * or lead reads like ("OneFootball", "KEY POINTS:", "you're reading..."): then the first paragraph below them. The
 * labels stay in the body.
 */
function leadDraft(drafts: readonly Draft[]): Draft | undefined {
  const labels = drafts.slice(0, MAX_LEAD_AT).findIndex((draft) => !isLabelLine(draft.text));
  return labels > 0 ? drafts[labels] : drafts[0];
}

/** A line that opens no article: a word or three that are no sentence, or words leading on (a colon, an ellipsis). */
function isLabelLine(text: string): boolean {
  return /(?::|\.{3}|…)$/u.test(text) || (wordCount(text) <= MAX_KICKER_WORDS && !endsSentence(text));
}

/**
 * Whether a line is written in another script than the text under it: most of its letters are not Latin while nearly
 * all of the next few drafts' letters are (and the other way round).
 */
function isOtherScript(line: string, rest: readonly Draft[]): boolean {
  const latinShare = (text: string): number | null => {
    const letters = text.match(/\p{L}/gu) ?? [];
    return letters.length < 8 ? null : letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length / letters.length;
  };
  const own = latinShare(line);
  const below = latinShare(
    rest
      .slice(0, 4)
      .map((draft) => draft.text)
      .join(' '),
  );
  if (own === null || below === null) return false;
  return (own < 0.2 && below > 0.95) || (own > 0.95 && below < 0.2);
}

/** How far below a page's title its headline may stand, under the page's menu. */
const MAX_PAGE_TITLE_REPEAT_AT = 12;

/**
 * Where the headline that the first draft names with its site ("... - Hindustan Times", "... | iNFOnews |
 * Thompson-Okanagan's News Source") stands again alone, with only short lines between; 0 when it does not.
 */
function pageTitleRepeatAt(drafts: readonly Draft[]): number {
  const first = drafts[0]?.text ?? '';
  const match = /^(.+?) ?[|–—-] ?[^|–—-]{1,40}$/u.exec(first);
  // The headline before the first bar set off by spaces, when the site's name after it holds a hyphen or a bar.
  // Not a kicker before its headline ("Budget 2024 | What the tax changes mean for workers"): what follows the bar is
  // the site's names, bars between them, or a few words.
  const barred = /^(.+?) \| (?=.{1,80}$)/u.exec(first);
  const siteNames = barred ? first.slice(barred[0].length) : '';
  const barredHeadline = barred && (siteNames.includes(' | ') || wordCount(siteNames) <= 5) ? barred[1] : undefined;
  const headlines = [match?.[1], barredHeadline].filter((text): text is string => Boolean(text)).map(comparable);
  if (headlines.length === 0) return 0;
  for (let k = 1; k < Math.min(drafts.length - 1, MAX_PAGE_TITLE_REPEAT_AT); k += 1) {
    const text = drafts[k]?.text ?? '';
    if (wordCount(text) >= 2 && headlines.includes(comparable(text))) return k;
    if (wordCount(text) > MAX_TEASER_WORDS || endsWithFullStop(text)) return 0;
  }
  return 0;
}

/** How far down a breadcrumb trail's headline may stand, in drafts, below at least this many lines of furniture. */
const MAX_CRUMBED_HEADLINE_AT = 8;
const MIN_ABOVE_CRUMBED = 2;
/** A teaser or label above the headline has at most this many words. */
const MAX_TEASER_WORDS = 12;

/**
 * The index of the draft that a breadcrumb trail taken out above it ends with ("... » Most Shared News Stories On
 * Facebook"), below two or more short lines and not the first draft's words; else 0. The trail's last item must be
 * a headline's length.
 */
function crumbedHeadline(drafts: readonly Draft[]): number {
  const top = drafts.slice(0, MAX_CRUMBED_HEADLINE_AT);
  for (let k = MIN_ABOVE_CRUMBED; k < top.length && k + 1 < drafts.length; k += 1) {
    // Only short lines above it (teasers, labels): a paragraph there is the article's, and the match a heading.
    const above = top.slice(0, k);
    if (above.some((draft) => wordCount(draft.text) > MAX_TEASER_WORDS || endsWithFullStop(draft.text))) return 0;
    const trail = top
      .slice(0, k + 1)
      .flatMap((draft) => draft.before.filter((removal) => removal.reason === 'breadcrumbs'))
      .at(-1);
    const last = trail?.text.split(/\s*[»›>→|/]\s*/u).at(-1) ?? '';
    // A trail that names the first line already has its headline first.
    if (wordCount(last) < 3 || comparable(last) === comparable(top[0]?.text ?? '')) continue;
    if (comparable(last) === comparable(top[k]?.text ?? '')) return k;
  }
  return 0;
}

/** A first line made of "Home", up to three section names, and the headline that the next line gives. */
function isTrailToHeadline(first: string, next: string): boolean {
  if (!/^home\b/iu.test(first) || wordCount(next) < 3 || !first.endsWith(next)) return false;
  const trail = first.slice(0, first.length - next.length).trim();
  return wordCount(trail) <= 4 && !/[.!?,;:]/u.test(trail);
}

/** A kicker has at most this many words ("The Mirror", "Left Menu", "World News"); a headline under it, at least twice as many. */
const MAX_KICKER_WORDS = 3;

/** How many short lines (a menu's items, a site's name, a kicker) may stand between the first and the headline. */
const MAX_LABELS_ABOVE = 12;

/** A line of at most MAX_KICKER_WORDS words that is no sentence: a label, a menu item, a site's or section's name. */
const isShortLabel = (draft: Draft): boolean =>
  draft.lineCount === 1 && wordCount(draft.text) <= MAX_KICKER_WORDS && !endsWithFullStop(draft.text) && /\p{L}/u.test(draft.text);

/**
 * How many short lines above the headline are not the headline: a section's or column's name, a site's name, a
 * menu's items or an ad slot left by the page ("The Mirror" over "RNC Spokesman Goes After Politico For False
 * Reporting", "Hot News 24h" and "Post Top Ad" over the headline). The first lines are such labels when only
 * short labels stand between them and a headline-shaped line of at least twice the first one's words (and five)
 * that does not merely go on from it. One label alone must have no verb: "Budget passed" over a longer line is the
 * headline over its standfirst.
 */
function labelsAboveHeadline(drafts: readonly Draft[]): number {
  const first = drafts[0];
  if (!first || !isShortLabel(first)) return 0;
  const words = wordCount(first.text);
  for (let k = 1; k <= MAX_LABELS_ABOVE && k + 1 < drafts.length; k += 1) {
    const line = drafts[k] as Draft;
    if (isHeadline(line, drafts[k + 1]) && wordCount(line.text) >= Math.max(5, 2 * words)) {
      if (comparable(line.text).startsWith(comparable(first.text))) return 0;
      return k >= 2 || !nlp(first.text).has('#Verb') ? k : 0;
    }
    if (!isShortLabel(line)) return 0;
  }
  return 0;
}

/**
 * The lead sentence as a title, without its final full stop: whole when it is short, else cut at the
 * last clause boundary within about 90 characters (a little more when the sentence has none that early).
 * Only a sentence with no boundary at all is cut between words, and marked so with an ellipsis.
 */
export function leadTitle(lead: string): string {
  // "• Scientists warned that ...": a summary's bullet is no word of the title.
  const whole = firstSentence(lead.replace(LIST_BULLET, ''));
  const full = withoutDateline(whole.replace(/(?<!\.)\.$/u, '') || whole);
  if (full.length <= LEAD_TITLE_CHARS) return full;
  // "US actor Alan Arkin, who won an Oscar for his role as ..., has died aged 89": the aside goes before any cut, so
  // the subject keeps its own verb.
  const sentence = full.replace(RELATIVE_ASIDE, ' ');
  if (sentence.length <= LEAD_TITLE_CHARS) return sentence;
  // Tagged once for both tries.
  const terms = clauseTerms(sentence);
  return (
    cutAtClause(sentence, LEAD_TITLE_CHARS, terms) ??
    cutAtClause(sentence, MAX_LEAD_TITLE_CHARS, terms) ??
    cutBetweenWords(sentence, MAX_LEAD_TITLE_CHARS - 1)
  );
}

const LIST_BULLET = /^[•·▪●◦‣]\s*/u;

/** ", who won an Oscar for his role, " before the verb of the sentence (lower case after its closing comma). */
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,;:()“”"]{3,200},\s+(?=\p{Ll})/u;

/**
 * A dateline opening the lead ("WASHINGTON, DC -- ", "Redwood City, California - ", "KUALA LUMPUR, Dec 21 — ",
 * "PATNA: ") is not part of a headline.
 */
function withoutDateline(sentence: string): string {
  const dateline = [WIRE_DATELINE, DATED_DATELINE, COLON_DATELINE, GLUED_DATELINE].find((each) => each.test(sentence)) ?? DATELINE;
  const rest = sentence.replace(dateline, '');
  return rest.length >= 20 ? rest : sentence;
}

const DATELINE = /^(?:\p{Lu}[\p{L}.'’]*,? ){0,4}\p{Lu}[\p{L}.'’]*,? ?(?:--|[-–—]) +/u;
// "LOS ANGELES-US actor ...": a place of two words or more in capitals, its dash run into the lead ("UK-US talks" and
// "NATO-Russia" are one word each, so one word in capitals is left).
// One word in capitals glued by a dash longer than a hyphen is a place too: "WASHINGTON—U.S. President ...".
const GLUED_DATELINE = /^(?:\p{Lu}{2,}(?: \p{Lu}{2,}){1,3}[-–—]|\p{Lu}{4,}[–—])(?=\p{Lu})/u;
/** The place in capitals and a colon, as South Asian papers write it: "PATNA: ", "NEW DELHI: ". */
const COLON_DATELINE = /^\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}: +(?=\p{Lu})/u;
/** The place, then a month and a day, before the lead's capital: "KUALA LUMPUR, Dec 21 — ". */
const DATED_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’]*,? ){0,4}\p{Lu}[\p{L}.'’]*, ${MONTH_NAME} \d{1,2},? ?(?:--|[-–—]) +(?=\p{Lu})`,
  'u',
);

/**
 * A wire's dateline: the place, its state or country in brackets, the day and the agency before a colon, as ANI
 * writes it: "Deogarh (Jharkhand) [India], July 7 (ANI): ".
 */
const WIRE_DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*(?:\s\([^()]{2,30}\))?(?:\s\[[^\[\]]{2,30}\])?,\s${MONTH_NAME}\s\d{1,2}\s\(\p{Lu}{2,10}\):\s+(?=\p{Lu})`,
  'u',
);

/** "... Press Release", "... - News Release", "... (Press Release)": the kind of post, closing a headline. */
const RELEASE_KIND = /\s*[-–—|:]?\s*\(?(?:press|news|media) release\)?$/i;

/**
 * The first few paragraphs without repeats of the headline, and without a standfirst that the paragraph
 * after it repeats (whole, or as its opening).
 */
function withoutRepeats(drafts: readonly Draft[], headline: string): Draft[] {
  let body = [...drafts];
  const target = comparable(headline);
  // "July 23rd Public Meeting" under "July 23rd Public Meeting Press Release": the page's headline names the kind of post.
  const withoutKind = comparable(headline.replace(RELEASE_KIND, ''));
  let i = 0;
  while (i < 3 && i + 1 < body.length) {
    const text = body[i]?.text ?? '';
    // A repeat is about as long as what it repeats; a standfirst is a sentence or two.
    const draft = text.length <= MAX_STANDFIRST_CHARS ? comparable(text) : null;
    if (draft === target || draft === withoutKind) {
      body = dropped(body, i, 'headline repeated');
      // "26", "Sir Lester Bird Medical Centre" between the headline and its repeat: a counter and the picture's
      // name, the page's, not the article's.
      while (i > 0 && isLabelAboveRepeat(body[0]?.text ?? '', headline)) {
        body = dropped(body, 0, 'page furniture above the repeated headline');
        i -= 1;
      }
    } else if (draft && wordCount(text) >= 5 && comparable(body[i + 1]?.text.slice(0, text.length * 2) ?? '').startsWith(draft)) {
      body = dropped(body, i, 'standfirst repeated');
    } else i += 1;
  }
  // A page's box of this post's links or ratings after the body may carry its headline again, alone on a line.
  for (let j = body.length - 1; j >= Math.max(i + 1, body.length - TAIL_DRAFTS); j -= 1) {
    const text = body[j]?.text ?? '';
    if (text.length <= MAX_STANDFIRST_CHARS && comparable(text) === target) body = dropped(body, j, 'headline repeated');
  }
  return body;
}

/**
 * A number alone, or a name the headline itself holds ("Sir Lester Bird Medical Centre" under "... Sir Lester Bird
 * Medical Centre Under Fire ..."): a counter or a picture's name, not a standfirst ("Residents Count The Cost").
 */
function isLabelAboveRepeat(text: string, headline: string): boolean {
  return text.split('\n').every((line) => {
    const label = line.trim();
    return /^\d[\d,.]*[kKmM]?$/u.test(label) || (NAME_LIKE.test(label) && headline.includes(label));
  });
}
const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?: (?:of|the|and|\p{Lu}[\p{L}'’.-]*)){1,5}$/u;

/** How many drafts at the body's end are looked at for the headline repeated. */
const TAIL_DRAFTS = 4;

/** The drafts with the first `count` taken out whole, each for `reason`. */
function droppedFirst(drafts: readonly Draft[], count: number, reason: string): Draft[] {
  let body = [...drafts];
  for (let k = 0; k < count; k += 1) body = dropped(body, 0, reason);
  return body;
}
