/**
 * The quotation marks of one paragraph, each with what it can do there. Apostrophes (don’t, Alliance’s,
 * ’90s, rock ’n’ roll) are left out; a possessive after s (fans’) is kept as a weak closing mark, since
 * "the fans’" can also end a quotation.
 *
 * Whether a mark opens or closes comes from where it stands (left- or right-flanking, as CommonMark
 * decides emphasis), not from its shape, so „German“, ”Swedish”, »Danish«, "straight" and mismatched
 * pairs ("…” as in the seed) all work. Only guillemets, which French sets off with spaces, fall back on
 * their shape.
 */
export type QuoteFamily = 'double' | 'single';

export type QuoteMark = {
  at: number;
  length: number;
  family: QuoteFamily;
  canOpen: boolean;
  canClose: boolean;
  /** A possessive-looking closing mark ("fans’ anger"): it closes only if no better one follows. */
  weak: boolean;
  /** A mark that is usually an apostrophe (' and ’): it opens only when a closing mark follows it. */
  needsCloser: boolean;
  /** Two apostrophes used as a closing double mark (’’, ''): they may close a single quotation too. */
  closesEither: boolean;
  /** After a digit (6'2", 10"): a prime, never the end of a quotation that has no opening mark. */
  afterDigit: boolean;
};

// "″" (a double prime) typed for a closing mark: “WEDNESDAY 3RD FEBRUARY 2016″ (after a digit, a prime too: 5″).
const MARKS = /’’|''|‘‘|``|["“”„‟«»'‘’‚‛‹›″]/gu;
const DOUBLE = new Set(['"', '“', '”', '„', '‟', '«', '»', '’’', "''", '‘‘', '``', '″']);
const OPENING_GUILLEMETS = new Set(['«', '‹']);
const CLOSING_GUILLEMETS = new Set(['»', '›']);
const APOSTROPHE_LIKE = new Set(["'", '’']);
const TWO_APOSTROPHES = new Set(['’’', "''"]);
/** Words that start with an elided letter: ’em, ’til, ’tis, rock ’n’ roll, ’90s. */
const ELISION_AFTER = /^(?:\d\d(?:s|\b)|(?:n|em|til|tis|twas|cause|cos|bout|round|kay|ello|ere|ow|twere)\b(?![’'‘]\p{L}))/iu;
const ROCK_N_ROLL = /^n[’'‘](?=\s)/u;

const isSpace = (char: string): boolean => char === '' || /\s/u.test(char);
const isPunctuation = (char: string): boolean => /[\p{P}\p{S}]/u.test(char);
const isWordChar = (char: string): boolean => /[\p{L}\p{N}]/u.test(char);

export function findQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  // Spaced opening marks after a comma: the ones that may be closing marks typed the wrong way round.
  const spacedAfterComma = new Set<QuoteMark>();
  MARKS.lastIndex = 0;
  for (let match = MARKS.exec(text); match; match = MARKS.exec(text)) {
    const mark = match[0];
    const at = match.index;
    const end = at + mark.length;
    const previous = text[at - 1] ?? '';
    const next = text[end] ?? '';
    const family = DOUBLE.has(mark) ? 'double' : 'single';
    if (family === 'single' && isApostrophe(text, at, end, previous, next)) continue;
    // Two apostrophes inside a word ("visitors’’s") are a slip for one, not a closing mark.
    if (TWO_APOSTROPHES.has(mark) && isWordChar(previous) && isWordChar(next)) continue;
    const left = !isSpace(next) && (!isPunctuation(next) || isSpace(previous) || isPunctuation(previous));
    const right = !isSpace(previous) && (!isPunctuation(previous) || isSpace(next) || isPunctuation(next));
    const setOff = isSpace(previous) && isSpace(next);
    // `be done.”This approach`: a double mark glued between a sentence's end and the next word still closes it.
    const gluedClose = (mark === '”' || mark === '"') && /[.!?…]/u.test(previous) && /\p{L}/u.test(next);
    // `” Villagers in my ward are struggling ...”.`: a double mark opening the paragraph, set off from its first word.
    const strayOpen = at === 0 && family === 'double' && /^\s\p{Lu}/u.test(text.slice(end, end + 2));
    // `said, “ We are in full support ...”`: an opening-shaped mark after a comma or colon, set off from the capital
    // that starts the words it opens (see closersTypedAsOpeners for one that closes).
    const spacedOpen = mark === '“' && /[,:]\s$/u.test(text.slice(Math.max(0, at - 2), at)) && /^\s\p{Lu}/u.test(text.slice(end, end + 2));
    const quoteMark: QuoteMark = {
      at,
      length: mark.length,
      family,
      canOpen: left || strayOpen || spacedOpen || (setOff && OPENING_GUILLEMETS.has(mark)),
      canClose: right || gluedClose || (setOff && CLOSING_GUILLEMETS.has(mark)),
      weak: family === 'single' && right && !left && /[sz]/iu.test(previous) && /^\s+[\p{L}\p{N}]/u.test(text.slice(end, end + 4)),
      needsCloser: (APOSTROPHE_LIKE.has(mark) && !opensSentence(text, at, next)) || glottalStopAfterWord(text, at, mark),
      closesEither: TWO_APOSTROPHES.has(mark),
      afterDigit: /\p{N}/u.test(previous),
    };
    marks.push(quoteMark);
    if (spacedOpen && text[at - 2] === ',') spacedAfterComma.add(quoteMark);
  }
  return closersTypedAsOpeners(marks, spacedAfterComma);
}

/**
 * `“We will not relent until this road is finished, “ Governor X said.`: a spaced opening-shaped mark after a comma
 * with no double mark after it that could close is the closing mark typed the wrong way round; it may close. One with
 * a closing mark after it opens (`He told the rally, “ We will win, and later added, “ Nobody can stop us.”`).
 */
function closersTypedAsOpeners(marks: QuoteMark[], spacedAfterComma: ReadonlySet<QuoteMark>): QuoteMark[] {
  let closerAfter = false;
  for (let k = marks.length - 1; k >= 0; k -= 1) {
    const mark = marks[k]!;
    if (spacedAfterComma.has(mark) && !closerAfter) marks[k] = { ...mark, canClose: true };
    if (mark.family === 'double' && mark.canClose) closerAfter = true;
  }
  return marks;
}

/**
 * "celebrated in ‘Eua before ...", "off ‘Ewa Beach": a Polynesian glottal stop written as an opening single mark,
 * before a capital vowel and a place's name, after a preposition, where a quotation that runs on past its paragraph
 * hardly opens. It opens only if a single mark closes it in the paragraph.
 */
function glottalStopAfterWord(text: string, at: number, mark: string): boolean {
  return (
    mark === '‘' &&
    /^[AEIOU]\p{Ll}/u.test(text.slice(at + 1, at + 3)) &&
    /(?:^|\s)(?:in|of|to|at|from|on|for|by|near|off)\s$/u.test(text.slice(Math.max(0, at - 6), at))
  );
}

/** At the start of the paragraph or of a sentence, before a capital: "... she said. 'Here they are". */
function opensSentence(text: string, at: number, next: string): boolean {
  return at === 0 || (/[.!?:]["”’]? $/u.test(text.slice(Math.max(0, at - 3), at)) && /\p{Lu}/u.test(next));
}

function isApostrophe(text: string, at: number, end: number, previous: string, next: string): boolean {
  if (isWordChar(previous) && isWordChar(next)) return true;
  // The second mark of "rock ’n’ roll".
  if (previous === 'n' && /(?:^|\s)[’'‘]n$/u.test(text.slice(Math.max(0, at - 3), at))) return true;
  const after = text.slice(end, end + 8);
  return (isSpace(previous) || isPunctuation(previous)) && (ROCK_N_ROLL.test(after) || ELISION_AFTER.test(after));
}
