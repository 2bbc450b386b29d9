import { nlp } from '../nlp';
import { isOrgWord, isPlaceWord } from '../understand/name-mentions';
import { lexiconTags, NAME_TAGS } from '../understand/tagged-terms';
import { isReporterRole } from './metadata-lines';
import type { SourceLine } from './text-parts';

// A name's word: capitalised (Hale, O’Neill, Anna-Lise), all capitals (HALE), an initial (J.), or a particle.
const NAME_WORD =
  /^(?:\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*|\p{Lu}{2,}(?:[-'’]\p{Lu}+)*|\p{Lu}\.|van|von|de|da|del|der|di|du|la|le|al|bin|ibn|el|dos|das|ten|ter)$/u;
/** Capitalised words that title-case headings and labels use but names do not. */
const NOT_NAME_WORDS = new Set(
  'a an the and or but of on in at to for from with by as is are was be what why how who when where next new more now today tomorrow yesterday live latest update updates news breaking video watch photos gallery opinion analysis comment editorial exclusive share follow subscribe read staff reporter correspondent editor desk team'.split(
    ' ',
  ),
);

/**
 * The line after the headline when it is a bare name ("Tomas Hale"), perhaps with a role line after it
 * ("Political Correspondent"), followed by the lead. Only there: a bare name anywhere else may be a
 * heading or a one-line paragraph. Returns the indexes of the byline's lines (none when unsure).
 *
 * `judged` says which lines another rule has already taken out; blank lines are skipped. The headline is
 * the first line still in, and must not read as prose; the lead must (`prose`).
 */
export function bareBylineLines(lines: readonly SourceLine[], judged: readonly boolean[], prose: readonly boolean[]): number[] {
  const next = (from: number): number | null => {
    for (let index = from; index < lines.length; index += 1) if (lines[index]?.text !== '' && !judged[index]) return index;
    return null;
  };
  const headline = next(0);
  if (headline === null || prose[headline] || /[.,;:]$/.test(lines[headline]?.text ?? '')) return [];
  const name = next(headline + 1);
  if (name === null) return [];
  // "Betsy Rothstein Gossip blogger": the name and the role on one line, the lead after it; a kicker may stand
  // above the headline, or a standfirst below it, so the byline may be the third line.
  for (let at: number | null = name, tries = 0; at !== null && tries < 2; at = next(at + 1), tries += 1) {
    const lead = next(at + 1);
    const text = lines[at]?.text ?? '';
    // "Margaret Holt Crime writer" over "Margaret Holt, who has died aged 84, ...": the story's subject, not its author.
    const named = lead !== null && (lines[lead]?.text ?? '').includes(text.split(' ').slice(0, 2).join(' '));
    if (lead === null || !isNameWithRole(text)) continue;
    if (prose[lead] && !named) return [at];
    // ...or the page's note on its author, which names them again.
    const note = named ? authorNote(lines, lead, next) : [];
    if (note.length > 0) return [at, ...note];
  }
  // "Christopher Oldcorn" under the headline, when a caption or a kicker stood above it: the line after the next, with
  // the lead right after it.
  const below = next(name + 1);
  const belowLead = below === null ? null : next(below + 1);
  const bylineBelow = below !== null && belowLead !== null && prose[belowLead] && !prose[name] && !prose[below];
  if (bylineBelow && isBareName(lines[below]?.text ?? '') && !isBareName(lines[name]?.text ?? '')) return [below];
  // "Julia Peterson" over "Saskatoon StarPhoenix" under a caption that runs as a sentence: the reporter and the paper.
  const afterOutlet = belowLead === null ? null : next(belowLead + 1);
  const outlet = lines[belowLead ?? -1]?.text ?? '';
  if (
    below !== null &&
    belowLead !== null &&
    afterOutlet !== null &&
    prose[name] &&
    prose[afterOutlet] &&
    isBareName(lines[below]?.text ?? '') &&
    isOutletName(outlet) &&
    outlet !== lines[below]?.text
  )
    return [below, belowLead];
  // "Thanh Nien News" under the headline, over the lead: the paper the story is credited to.
  const credited = next(name + 1);
  if (isPaperName(lines[name]?.text ?? '') && credited !== null && prose[credited]) return [name];
  if (!isBareName(lines[name]?.text ?? '') && !isNameInPlace(lines[name]?.text ?? '')) return [];
  const after = next(name + 1);
  if (after === null) return [];
  // "Ama Osei, Accra" over "For 31 years, Ama Osei has sold bread ...": the one a profile is of, not its writer.
  const who = (lines[name]?.text ?? '').replace(/(?:,| in) [^,]+$/u, '');
  if (who.includes(' ') && (lines[after]?.text ?? '').includes(who)) return [];
  if (prose[after]) return [name];
  const lead = next(after + 1);
  if (lead === null || !prose[lead]) return [];
  // "Jessica Page" over "The Nightly": the reporter, then the paper.
  const second = lines[after]?.text ?? '';
  // A name given twice ("Lee Halcrow", "Lee Halcrow") may be a photo's caption and its alt text, not a byline.
  return isReporterRole(second) || (isOutletName(second) && second !== lines[name]?.text) ? [name, after] : [];
}

/**
 * "Ben Fox Rubin was a senior reporter for CNET News ..." under the byline "Ben Fox Rubin Former senior reporter": the
 * page's note on its author, and the name again after it. Returns their indexes, none when `at` is the story's own.
 */
function authorNote(lines: readonly SourceLine[], at: number, next: (from: number) => number | null): number[] {
  const text = lines[at]?.text ?? '';
  const note = AUTHOR_NOTE.exec(text);
  if (!note || !isBareName(note[1] as string)) return [];
  const again = next(at + 1);
  return again !== null && lines[again]?.text === note[1] ? [at, again] : [at];
}

/** "Ben Fox Rubin was a senior reporter for CNET News ...": the page's note on its author, not the byline itself. */
export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text);
}

const AUTHOR_NOTE =
  /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]*) (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist|blogger)\b/u;

/** A paper's or a site's name on a line of its own: "The Nightly", "Harbour Herald", no verb. */
function isOutletName(text: string): boolean {
  return /^(?:The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(text) && !nlp(text).has('#Verb');
}

/** A paper's name: a place's or a name's words, then a masthead's word ("Thanh Nien News", "Kelsford Times"). */
function isPaperName(text: string): boolean {
  const paper =
    /^((?:\p{Lu}[\p{L}.&'’-]*\s){1,3})(?:News|Times|Post|Herald|Journal|Gazette|Chronicle|Tribune|Mail|Express|Telegraph|Observer)$/u.exec(
      text,
    );
  // The words before the masthead's are a place's or a name's, or no word the lexicon knows ("Fake News" is a label).
  const named = (paper?.[1] ?? '')
    .trim()
    .split(' ')
    .every((word) => lexiconTags(word.toLowerCase()).length === 0 || nlp(word).has('#Place'));
  return paper !== null && named;
}

/** A reporter's role after the name, with up to two words of beat or rank before it: "Gossip blogger", "Senior Writer". */
const ROLE_AFTER_NAME =
  /^(?:[\p{L}-]+\s+){0,2}(?:reporter|correspondent|writer|editor|journalist|contributor|columnist|blogger|photographer)s?$/iu;

/** A bare name (two or three words) followed on the same line by a reporter's role. */
function isNameWithRole(text: string): boolean {
  const words = text.split(' ');
  for (let k = 2; k <= 3 && k < words.length; k += 1) {
    if (isBareName(words.slice(0, k).join(' ')) && ROLE_AFTER_NAME.test(words.slice(k).join(' '))) return true;
  }
  return false;
}

/** Two to four name words, none a word headings use, and no verb in them ("Storm Damage Mounts"). */
export function isBareName(text: string): boolean {
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((word) => NAME_WORD.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()))) return false;
  if (!/^\p{Lu}/u.test(text) || !/\p{L}$/u.test(text)) return false;
  return !nlp(text).has('#Verb');
}

/** "Daji Sani in Yola", "Solomon Chung, Lagos": a bare name, then where the reporter filed from (one or two words). */
function isNameInPlace(text: string): boolean {
  const match = /^(.+?) in (\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)$/u.exec(text);
  if (match !== null) return isBareName(match[1] as string);
  // "Solomon Chung, Lagos": the reporter, their name's words known as a person's or not known at all ("Chidi Okafor"),
  // and the city they file from, which the tagger must know as a place ("Orchard House, Galway" heads a property
  // column, "Ballyfin Rovers, Cork" a preview).
  const filed = /^(.+?), (\p{Lu}[\p{Ll}-]+(?: \p{Lu}[\p{Ll}-]+)?)$/u.exec(text);
  const name = filed?.[1] ?? '';
  const personsWords = name.split(' ').every((word) => {
    const lower = word.toLowerCase();
    const tags = lexiconTags(lower);
    const bodyOrPlace = isOrgWord(lower) || isPlaceWord(lower);
    return !bodyOrPlace && (tags.length === 0 || tags.some((tag) => NAME_TAGS.includes(tag)));
  });
  return filed !== null && isBareName(name) && personsWords && nlp(filed[2] as string).has('#Place');
}
