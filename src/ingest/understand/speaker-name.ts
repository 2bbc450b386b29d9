import {
  isGenerationMark,
  isManCompound,
  isPostNominal,
  NAME_JOINERS,
  PATRONYMIC_PARTICLES,
  PORTFOLIO_JOINER_AT_END,
  PORTFOLIO_WORDS,
  SURNAME_PARTICLES,
  TITLE_WORDS,
} from './name-words';
import { isKnownRoleNoun } from './role-nouns';
import { hasOnlyNameSenses, isKnownGivenName, lexiconTags } from './tagged-terms';

// Zero-width spaces and joiners, the byte-order mark and soft hyphens hide inside names copied from web pages.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
// "Horst Rittel[1]": a footnote's mark run into the name.
const FOOTNOTE = /\\?\[\d*\]?$/u;
const ODD_SPACES = /[\u00A0\u2007\u202F\s]+/gu;
// A capitalised word, or an initial with its full stop; never a word ending a sentence ("Assembly.").
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`;

// "CFPB’s", and "Forbes’" with the apostrophe alone after a final s.
const POSSESSIVE = /(?:['’]s|s['’])$/u;

// "On Monday Jan Egeland said": a day or a month before a name is no given name.
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
// ... nor is the day after one: "Nana Addo Dankwa Akufo-Addo Tuesday commissioned", "Joe Biden Today signed".
const WIRE_DAY = new RegExp(`^(?:${WEEKDAYS}|Today|Yesterday|Tonight)$`, 'u');
const CALENDAR_WORD = new RegExp(
  `^(?:${WEEKDAYS}|January|February|March|April|June|July|August|September|October|November|December)$`,
  'u',
);

// The speaker model names every candidate, several per quotation, all in one article text: clean it once.
let lastText = '';
let lastPlain = '';
function plainText(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastPlain = text.replace(INVISIBLE, '').replace(/\u00A0/gu, ' ');
  }
  return lastPlain;
}

/** A name as it should be shown: invisible characters out, odd spaces made plain. */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(FOOTNOTE, '').replace(ODD_SPACES, ' ').trim();
}

// Built once: a pattern made per call (with the short name in it) was 5-10% of a worker's time, most of it
// spent trying the optional given names before the name at every place in the text.
/** Up to two capitalised words that end where a name starts (run on the text just before it). */
const WORDS_BEFORE = new RegExp(String.raw`(?:(?<![\p{L}\p{N}])${NAME_WORD}[^\S\n]+){0,2}$`, 'u');
/** A surname after the name ("David M" -> ". Capozzi"), with the full stop only an initial may take. */
const NEXT_WORD = new RegExp(String.raw`[ \u00A0]+${NAME_WORD}(?![\p{L}])`, 'uy');
const NEXT_WORD_AFTER_INITIAL = new RegExp(String.raw`\.?[ \u00A0]+${NAME_WORD}(?![\p{L}])`, 'uy');
const WHITE_SPACE = /\s+/uy;
const LETTER = /^\p{L}/u;
/** Far enough back to hold two given names and the space after them. */
const LOOK_BACK = 200;

/** Where the words of a name stand in `text`, in order, with any white space between them and no letter after. */
function placesOf(words: readonly string[], text: string): { start: number; end: number }[] {
  const [head, ...rest] = words;
  const places: { start: number; end: number }[] = [];
  if (!head) return places;
  for (let start = text.indexOf(head); start >= 0; start = text.indexOf(head, start + 1)) {
    let end = start + head.length;
    const whole = rest.every((word) => {
      WHITE_SPACE.lastIndex = end;
      if (!WHITE_SPACE.test(text) || !text.startsWith(word, WHITE_SPACE.lastIndex)) return false;
      end = WHITE_SPACE.lastIndex + word.length;
      return true;
    });
    if (whole && !LETTER.test(text.slice(end, end + 2))) places.push({ start, end });
  }
  return places;
}

/** The name's place in the text with the capitalised words before it and the surname after it, if any. */
function findName(short: string, plain: string, place: { start: number; end: number }): { index: number; before: string; after: string } {
  const before = WORDS_BEFORE.exec(plain.slice(Math.max(0, place.start - LOOK_BACK), place.start))?.[0] ?? '';
  // A full stop after the short form belongs to it only when it ends in an initial ("David M. Capozzi").
  const next = /(?:^|\s)\p{Lu}$/u.test(short) ? NEXT_WORD_AFTER_INITIAL : NEXT_WORD;
  next.lastIndex = place.end;
  return { index: place.start - before.length, before, after: next.exec(plain)?.[0] ?? '' };
}

/**
 * A person's name in full as the article first gives it: a speaker known by a short form ("Vander Wal", "Sarah",
 * "David M") takes the fuller form that stands where the text first names them ("Thomas Vander Wal", "Sarah
 * Allen", "David M. Capozzi"); the body's first, when the headline named them first. Titles and roles before the name stay out ("Executive Director"); a first mention
 * that is no fuller leaves the name as it is.
 */
export function fullPersonName(name: string, text: string): string {
  const cleaned = cleanName(name).replace(MALAY_HONORIFICS, '');
  const short = withoutRole(cleaned);
  if (!short || short.split(' ').length > 2) return short;
  // A name that came with its role has its given names already: only an initial's surname may be missing.
  const roleGiven = short !== cleaned;
  const plain = plainText(text);
  // The first place in the body: a headline's "Secretary Mnuchin" comes before the body's "Steven T. Mnuchin".
  const places = placesOf(short.split(' '), plain);
  const bodyStarts = plain.indexOf('\n\n');
  const place = places.find((each) => each.start > bodyStarts) ?? places[0];
  return place ? nameAt(findName(short, plain, place), short, roleGiven, plain) : short;
}

/** "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin": Malaysian honorifics of two words, before a name of two. */
const MALAY_HONORIFICS = /^(?:(?:Datuk|Dato['’]?|Datin|Tan|Tun|Toh Puan)\s+(?:Seri|Sri|Paduka)|Datuk|Datin|Tun)\s+(?=\p{Lu}\S*\s+\p{Lu})/u;

/** The name in full at one place of it: the given names before it, the surname after it. */
function nameAt(found: { index: number; before: string; after: string }, short: string, roleGiven: boolean, plain: string): string {
  // Walk back from the name over given names, stopping at a title, a role, a possessive or a sentence's first word.
  // A run that is itself the end of a longer capitalised run ("Economic Affairs Kurt Usowski") is a body's name.
  const before = found.before.trim().split(/\s+/u).filter(Boolean);
  const room = roleGiven ? 0 : 3 - short.split(' ').length;
  let given: string[] = [];
  let startsAt = found.index + found.before.length;
  const afterJoiner = PORTFOLIO_JOINER_AT_END.test(plain.slice(Math.max(0, found.index - 9), found.index));
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i] as string;
    startsAt = plain.lastIndexOf(word, startsAt - 1);
    // An initial opening the sentence is no word of the sentence's own: "R. Buckminster Fuller said".
    const opensSentence = /(?:^|[.!?:"“”]\s*|\n\s*)$/u.test(plain.slice(Math.max(0, startsAt - 3), startsAt)) && !/^\p{Lu}\.$/u.test(word);
    // "Secretary of the Treasury Scott Bessent": the role's portfolio is no given name either.
    // ... nor are the capitalised words after "of" or "for" ("Chief of Staff Ron Klain", "Assistant Secretary for
    // Financial Stability Tim Massad"), whether or not the list knows them.
    // Nor a word built like an abstract noun ("Minister for IT and Telecommunications Syed Amin-Ul-Haque").
    const portfolio = PORTFOLIO_WORDS.has(word.toLowerCase()) || PORTFOLIO_NOUN.test(word) || afterJoiner;
    // "Datuk Seri Anwar Ibrahim": the second word of a Malaysian honorific is no given name.
    const honorific = MALAY_HONORIFICS.test(`${before[i - 1] ?? ''} ${word} ${short}`);
    if (
      isKnownRoleNoun(word.replace(/\.$/u, '')) ||
      portfolio ||
      honorific ||
      POSSESSIVE.test(word) ||
      CALENDAR_WORD.test(word) ||
      opensSentence
    )
      break;
    if (given.length >= room) {
      given = [];
      break;
    }
    given.unshift(word);
  }
  const after = found.after.replace(/^\.?\s+/u, '');
  const tail =
    after &&
    !isKnownRoleNoun(after.replace(/\.$/u, '')) &&
    !isFunctionWord(after) &&
    !isPostNominal(after) &&
    // "Nana Addo Dankwa Akufo-Addo Tuesday commissioned ...": a wire's day after a name that has its surname ("Emeka
    // Friday" is a given name's surname).
    !(WIRE_DAY.test(after) && short.includes(' '))
      ? after.replace(/\.$/u, '')
      : '';
  const initial = /^\p{Lu}$/u.test(short.split(' ').at(-1) ?? '') && tail ? '.' : '';
  return [...given, `${short}${initial}`, ...(tail ? [tail] : [])].join(' ').replace(/\s+/gu, ' ');
}

/**
 * A person's name without the role or body written before it: "HUD Deputy Assistant Secretary for Economic Affairs
 * Kurt Usowski" -> "Kurt Usowski", "CFPB’s Natalie Kurz" -> "Natalie Kurz". The name is what follows the last role
 * word, possessive or lower-case word other than a name's own ("van", "de"); a run still longer than a name keeps its last two words (three with an initial).
 */
function withoutRole(name: string): string {
  // "WASHINGTON, DC--David Medine": a dateline run into the name.
  const words = name.replace(/^.*--/u, '').split(/\s+/u).filter(Boolean);
  if (words.length <= 2) return words.join(' ');
  // "Martin Luther King Jr": a generation's mark follows the name, which is read without it ("King" is a title's word
  // only before a name).
  const generation = words.at(-1) ?? '';
  if (isGenerationMark(generation)) return `${withoutRole(words.slice(0, -1).join(' '))} ${generation}`;
  let cut = -1;
  words.forEach((word, i) => {
    if (
      i < words.length - 1 &&
      (POSSESSIVE.test(word) || (/^\p{Ll}/u.test(word) && !NAME_JOINERS.has(word)) || isKnownRoleNoun(word.replace(/\.$/u, '')))
    )
      cut = i;
  });
  const kept = withoutFunctionWordsAtEnd(words.slice(cut + 1));
  // "Treasury Scott Bessent", "Democrat Maria Cantwell": a word that is no given name, before one that is. Not a
  // given name built like a word and "man" ("Salman Ali Agha"; "Seaman Maria Lopez" is a rank).
  const givenLikeCompound = /man$/iu.test(kept[0] ?? '') && !isManCompound(kept[0]!);
  // Nor before "Abu" ("Nabil Abu Rudeineh"): "father of", which opens a surname, not a given name.
  const kunya = /^(?:Abu|Abou|Umm)$/u.test(kept[1] ?? '');
  if (kept.length === 3 && !isGivenName(kept[0]!) && isGivenName(kept[1]!) && !givenLikeCompound && !kunya) return kept.slice(1).join(' ');
  // "Acquisition Darleen Druyun": a word built like an abstract noun ends a role and begins no name.
  if (kept.length === 3 && !isGivenName(kept[0]!) && ABSTRACT_NOUN.test(kept[0]!)) return kept.slice(1).join(' ');
  // "Janet L" of "Janet L. Yellen": a name cut at its middle initial is completed from the text afterwards.
  if (kept.length === 3 && /^\p{Lu}$/u.test(kept[2] ?? '')) return kept.slice(1).join(' ');
  if (kept.length <= 3) return kept.join(' ');
  // "Mohammad Bin Rashid Al Maktoum": a chain of "son of" names runs from the given name before its first "bin".
  const patronymic = kept.findIndex((word, i) => i > 0 && PATRONYMIC_PARTICLES.has(word.toLowerCase()));
  if (patronymic > 0) return kept.slice(kept.findIndex((word) => !TITLE_WORDS.has(word.toLowerCase()))).join(' ');
  // "Debora Moraes de Souza", "Luis Ernesto Araujo Rumi": a given name first, then only names' words, is one
  // person's name with two surnames, not a role's words run into a shorter name.
  if (kept.length <= 5 && isGivenName(kept[0]!) && kept.slice(1).every(isNameOnlyWord)) return kept.join(' ');
  const initial = /^\p{Lu}\.?$/u.test(kept.at(-2) ?? '');
  let start = kept.length - (initial ? 3 : 2);
  // "Edwin van der Sar": the surname's particles go with it, and so does the given name before them.
  if (SURNAME_PARTICLES.has(kept[start] ?? '') || SURNAME_PARTICLES.has(kept[start - 1] ?? '')) {
    while (start > 0 && SURNAME_PARTICLES.has(kept[start - 1] ?? '')) start -= 1;
    start = Math.max(0, start - 1);
  }
  return kept.slice(start).join(' ');
}

/** A word of a name and nothing else: a surname's particle, or capitalised with no sense but a name's in the lexicon. */
function isNameOnlyWord(word: string): boolean {
  return SURNAME_PARTICLES.has(word) || (/^\p{Lu}\p{Ll}/u.test(word) && hasOnlyNameSenses(word));
}

/**
 * The person at the end of a name the tagger took for a body's or left untyped, "Director of Air Force
 * Communications Bill Bodie" -> "Bill Bodie": a role word before, and two or three capitalised words left that
 * open with a given name, or end with a surname no lexicon knows. Null when there is none.
 */
export function personAfterRole(name: string): string | null {
  const cleaned = cleanName(name);
  const words = cleaned.split(/\s+/u);
  if (!words.slice(0, -2).some((word) => isKnownRoleNoun(word.replace(/\.$/u, '')))) return null;
  const short = withoutRole(cleaned);
  const kept = short.split(' ');
  // A given name first, or a surname no lexicon knows after a word that is no adjective or plural ("Bill Bodie").
  const surnameLike =
    lexiconTags(kept.at(-1)!).length === 0 &&
    !lexiconTags(kept[0]!).some((tag) => /^(?:Adjective|Plural)$/u.test(tag)) &&
    !ABSTRACT_NOUN.test(kept[0]!);
  if (!kept.every((word) => /^\p{Lu}\p{Ll}/u.test(word))) return null;
  return short !== cleaned && kept.length >= 2 && kept.length <= 3 && (isGivenName(kept[0]!) || surnameLike) ? short : null;
}

/** Built as a portfolio's noun, and as no given name ("Florence", "Patience" end as abstract nouns do). */
const PORTFOLIO_NOUN = /\p{Ll}(?:tions?|sions?|ics)$/u;
const ABSTRACT_NOUN = /\p{Ll}(?:tion|sion|ment|ness|ity|ance|ence|ship|ure|ics)s?$/u;

const isGivenName = (word: string): boolean => lexiconTags(word).some((tag) => /^(?:Male|Female|First)Name$/u.test(tag));

const isFunctionWord = (word: string): boolean => lexiconTags(word).some((tag) => /^(?:Conjunction|Preposition|Determiner)$/u.test(tag));

/** "David Medine To": a capitalised function word that opened the next sentence is no part of a name. */
function withoutFunctionWordsAtEnd(words: string[]): string[] {
  const kept = [...words];
  while (kept.length > 1 && isFunctionWord(kept.at(-1)!)) kept.pop();
  return kept;
}

/**
 * "Minnis", whom the body names only by title and surname ("Prime Minister Minnis said"), in full as a photo's caption
 * names them ("Prime Minister Dr. Hubert Minnis (second from right) being shown ..."): the one fuller form the captions
 * give, with a given name the lexicon knows, after a title or role the body also gives the surname. Else the name as
 * it is ("Mayor Reyes" is not "his wife Lucy Reyes" nor "Edith Reyes Academy").
 */
export function fullerFromCaptions(name: string, captions: readonly string[], text: string): string {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(name) || captions.length === 0) return name;
  const titledInBody = new Set(
    [...text.matchAll(new RegExp(String.raw`(\p{L}+)\.?\s+${name}(?![\p{L}])`, 'gu'))].map((match) => (match[1] as string).toLowerCase()),
  );
  const before = new RegExp(String.raw`((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})${name}(?![\p{L}])`, 'gu');
  const fuller = new Set<string>();
  for (const caption of captions) {
    for (const match of caption.matchAll(before)) {
      const words = (match[1] as string).trim().split(/\s+/u);
      const firstGiven = words.findIndex((word) => isKnownGivenName(word));
      const titles = words.slice(0, Math.max(0, firstGiven)).map((word) => word.toLowerCase().replace(/\.$/u, ''));
      if (firstGiven > 0 && titles.some((title) => titledInBody.has(title))) fuller.add(`${words.slice(firstGiven).join(' ')} ${name}`);
    }
  }
  return fuller.size === 1 ? ([...fuller][0] as string) : name;
}
