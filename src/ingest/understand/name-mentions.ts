import { isInQuote, type ArticleLayout } from './article-layout';
import { firstEndingAfter } from './first-ending-after';
import {
  isGenerationMark,
  isManCompound,
  isPostNominal,
  matchingForm,
  NATIONALITY_NOUNS,
  BODY_TYPE_WORDS,
  EXTRA_ORG_WORDS,
  EXTRA_PLACE_WORDS,
  GENDERED_WORDS,
  HONORIFICS,
  NAME_JOINERS,
  SURNAME_PARTICLES,
  ON_SUBJECT_HEADS,
  PLACE_FIRST_WORDS,
  PLACE_PREPOSITIONS,
  PORTFOLIO_JOINER_AT_END,
  PORTFOLIO_WORDS,
  THING_INITIALISMS,
  TITLE_WORDS,
} from './name-words';
import { NEWS_AGENCIES } from './news-agencies';
import { isKnownRoleNoun, isRoleNoun, PEOPLE_NOUNS, SPEAKS_FOR } from './role-nouns';
import { isPersonSpeechVerb } from './speech-verbs';
import { GIVEN_NAME_TAGS, isKnownGivenName, lexiconTags, NAME_TAGS, orgWords, placeWords, type Term } from './tagged-terms';

export type Kind = 'person' | 'organisation' | 'place';
export type Evidence = Record<Kind, number>;

/** One capitalised name in the text, tidied, with what its words and neighbours say it is. */
export type Mention = {
  /** The name as written, without titles, possessive or trailing punctuation. */
  name: string;
  words: string[];
  start: number;
  end: number;
  sentence: number;
  /** Inside a quotation: counts as a mention, never as an antecedent for "he" or "it". */
  inQuote: boolean;
  /** In the title or a heading: counts only for names the body introduces. */
  inHeadline: boolean;
  /** What stood before the name as its title or role ("NATO Secretary-General", "Dr"). */
  role: string;
  gender: 'm' | 'f' | null;
  evidence: Evidence;
};

/** How the article writes its words elsewhere: a word also written in lower case is no name. */
/** Surnames: capitalised words written right after a given name ("Blinken" of "Antony Blinken"). */
type SeenWords = { capitalisedInside: Set<string>; lowercase: Set<string>; surnames: Set<string> };

/** A word of a name: one term, or several joined by hyphens ("Secretary-General", "Al-Qaeda"). */
type Word = { terms: Term[]; text: string; normal: string; start: number; end: number; nickname?: boolean };

// Marks after a word that end a name: punctuation, an em dash ("MANILA, Philippines — Media network ABS-CBN"), and
// an en dash or a hyphen set off by spaces; not one inside a name ("Mulready-Woods", "Lyle–Brant", "Bosnia–Herzegovina").
const CLOSING = /[.,;:!?()[\]"“”«»„—]|['‘’](?!s\b)|\s[–-]|–\s/u;
const PROPER_TAGS = [
  'Person',
  'FirstName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'ProperNoun',
  'Acronym',
  'Honorific',
];
const COMMON_TAGS = [
  'Verb',
  'Adverb',
  'Adjective',
  'Gerund',
  'Conjunction',
  'Preposition',
  'Determiner',
  'Pronoun',
  'QuestionWord',
  'Modal',
  'Copula',
  'Expression',
];
const NOT_NAMES = ['Month', 'WeekDay', 'Date', 'Demonym', 'Pronoun', 'Currency'];
const CALENDAR =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|easter|today|tonight|yesterday|tomorrow)$/;
/** Adverbs of time and order that open a sentence before its subject's name. */
const SENTENCE_ADVERBS = new Set(
  'later earlier afterwards afterward separately recently shortly meanwhile subsequently previously finally eventually initially originally instead likewise similarly additionally moreover however nonetheless nevertheless again'.split(
    ' ',
  ),
);
const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Modal'];

export function findMentions(terms: readonly Term[], layout: ArticleLayout): Mention[] {
  const seen: SeenWords = {
    capitalisedInside: new Set(terms.filter((t) => !t.first && isCapitalised(t.text) && !quoteOpens(t)).map((t) => t.normal)),
    lowercase: new Set(terms.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.normal)),
    surnames: new Set(
      terms
        .filter(
          (t, k) =>
            k > 0 &&
            isCapitalised(t.text) &&
            /^\s*$/u.test(terms[k - 1]!.post) &&
            GIVEN_NAME_TAGS.some((tag) => terms[k - 1]!.tags.has(tag)),
        )
        .map((t) => t.normal),
    ),
  };
  const words = joinHyphens(terms);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    if (!startsName(words, i, seen)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < words.length && continuesName(words, i, j)) j += 1;
    // A name ends on a name word, never on "of" or "for".
    while (j - 1 > i && !isCapitalised((words[j - 1] as Word).text)) j -= 1;
    const mention = makeMention(words, i, j, layout);
    if (mention) mentions.push(mention);
    i = j;
  }
  spreadKindAcrossLists(mentions, layout.text);
  placesListedAfterIn(mentions, layout.text);
  return withoutStorms(mentions, layout.text);
}

/** A storm's name: "Hurricane Fiona", "Super Typhoon Haikui", "Tropical Storm Alberto", "Storm Babet". */
const STORM =
  /^(?:(?:Super\s+)?Typhoon|Hurricane|(?:Tropical\s+|Severe\s+Tropical\s+)?(?:Cyclone|Storm|Depression))\s+(\p{Lu}[\p{L}'’-]+)$/u;
/** What a storm does right after its name, which tells "Storm Babet brought floods" from "Storm Mackenzie scored". */
const STORM_VERB_AFTER =
  /^\s+(?:(?:has|had|have|is|was|also|then)\s+)?(?:brought|bringing|hit|hits|battered|lashed|swept|tore|struck|caused|made|knocked|cut|left|dumped|uprooted|flooded|pounded|weakened|strengthened|approached|moved|headed|is expected|will|could|may)\b/u;

/**
 * "Hurricane Fiona", "Cyclone Gabrielle", "Storm Babet": a storm's name is no person's, nor is its name alone after
 * it ("Fiona made landfall"), which would take "she said" from the person who spoke. "Storm" is a given name too: a
 * storm's only when a storm's verb follows. A person of the same given name keeps theirs ("Ciarán said" after "Storm
 * Ciarán" and "Ciarán Walsh, 9").
 */
function withoutStorms(mentions: Mention[], text: string): Mention[] {
  const isStorm = (mention: Mention) =>
    STORM.test(mention.name) && (!/^Storm\s/u.test(mention.name) || STORM_VERB_AFTER.test(text.slice(mention.end, mention.end + 40)));
  const storms = new Set(mentions.filter(isStorm).map((mention) => STORM.exec(mention.name)?.[1]));
  if (storms.size === 0) return mentions;
  const givenNames = new Set(
    mentions.filter((mention) => !isStorm(mention) && mention.words.length >= 2).map((mention) => mention.name.split(' ')[0]),
  );
  return mentions.filter((mention) => !isStorm(mention) && !(storms.has(mention.name) && !givenNames.has(mention.name)));
}

function joinHyphens(terms: readonly Term[]): Word[] {
  const words: Word[] = [];
  for (const term of terms) {
    const last = words.at(-1);
    const lastTerm = last?.terms.at(-1);
    if (last && lastTerm && lastTerm.post === '-' && term.pre === '' && lastTerm.sentence === term.sentence) {
      last.terms.push(term);
      last.text = `${last.text}-${term.text}`;
      last.normal = `${last.normal}-${term.normal}`;
      last.end = term.end;
    } else words.push({ terms: [term], text: term.text, normal: term.normal, start: term.start, end: term.end });
  }
  return words;
}

function head(word: Word): Term {
  return word.terms[0] as Term;
}
function tail(word: Word): Term {
  return word.terms.at(-1) as Term;
}
function hasTag(word: Word, ...tags: string[]): boolean {
  return word.terms.some((term) => tags.some((tag) => term.tags.has(tag)));
}

function isCapitalised(text: string): boolean {
  // Asked for every word, several times: plain ASCII letters answer without the Unicode regex.
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}

/**
 * "Covid-related", "Post-war": a capital, then a hyphen and a word in lower case, is no name. A surname whose short
 * particles in lower case stand between capitals is one ("Woon-a-Tai", "Abu-al-Haj").
 */
function hyphenedCommonWord(text: string): boolean {
  return /-\p{Ll}/u.test(text) && !HYPHENED_SURNAME.test(text);
}

/**
 * "Organisation for Economic Co-operation and Development", "Independent Anti-corruption Commission": a hyphened
 * word between capitalised words of a body's name is one of them, when it is built on a prefix bodies' names use
 * (not "Policy Type Agency-specific Policy", a table's row).
 */
const BODY_NAME_PREFIX = /^(?:Co|Anti|Non|Inter|Intra|Multi|Pan|Trans|Counter|Cross|Self)-\p{Ll}/u;
function inBodyName(words: readonly Word[], j: number): boolean {
  const [previous, next, afterNext] = [words[j - 1], words[j + 1], words[j + 2]];
  const word = (words[j] as Word).text;
  if (!previous || !next || !isCapitalised(previous.text) || !BODY_NAME_PREFIX.test(word)) return false;
  // "Zentro Co-founder Ama Osei", "Harbour Trust Non-executive Director": a role after the body, not its name's word.
  const afterPrefix = word.slice(word.indexOf('-') + 1).toLowerCase();
  if (isRoleNoun(afterPrefix)) return false;
  const nextCapitalised = isCapitalised(next.text) || (next.normal === 'and' && afterNext !== undefined && isCapitalised(afterNext.text));
  return nextCapitalised && head(next).sentence === head(words[j] as Word).sentence;
}

/**
 * "ENVIRONMENT MINISTER EAMON Ryan has said ...": a lead whose first words are set in capitals. A name with words in
 * capitals takes the case the text gives it elsewhere ("Eamon Ryan" in the headline); "BBC Radio" keeps its own.
 */
function writtenElsewhereInCase(name: string, text: string): string {
  // Some words in capitals and some not: initials alone ("FAC", "ED") or a dateline's place are no such lead.
  const words = name.split(' ');
  const capitals = words.filter((word) => /^\p{Lu}{2,}$/u.test(word));
  if (capitals.length === 0 || capitals.length === words.length) return name;
  const cased = words.map((word) => (/^\p{Lu}{2,}$/u.test(word) ? word[0] + word.slice(1).toLowerCase() : word)).join(' ');
  return containsWord(text, cased) ? cased : name;
}

/** Whether `text` holds `words` with no letter joined on either side. */
function containsWord(text: string, words: string): boolean {
  const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1))
    if (!isLetter(text[at - 1]) && !isLetter(text[at + words.length])) return true;
  return false;
}

/** Particles of a surname, not words joined ("Product-as-a-Service", "Lab-to-Market"). */
// Not "de", "la" or "du" either, which join places' names ("Pont-de-Claix").
const HYPHENED_SURNAME = /^\p{Lu}\p{Ll}+(?:-(?:a|al|el|ul|ud|ad|ur|ed|y|bin|ibn|ben))+-\p{Lu}\p{Ll}+$/u;

function quoteOpens(term: Term): boolean {
  return /["“‘«„']/u.test(term.pre);
}

function startsName(words: readonly Word[], i: number, seen: SeenWords): boolean {
  const word = words[i] as Word;
  if (!isCapitalised(word.text) || word.text === 'I' || word.normal === 'the') return false;
  const givenName = isMonthAsGivenName(words, i);
  if ((CALENDAR.test(word.normal) && !givenName) || hyphenedCommonWord(word.text)) return false;
  if (hasTag(word, ...NOT_NAMES) && !hasTag(word, 'Person', 'Place', 'Organization') && !givenName) return false;
  if (lexiconTags(word.normal).some((tag) => FUNCTION_TAGS.includes(tag))) return false;
  const first = head(word);
  if (!first.first && !quoteOpens(first)) return true;
  // The first word of a sentence is capitalised anyway: it must look like a name on its own.
  if (hasTag(word, ...PROPER_TAGS)) return true;
  const next = words[i + 1];
  const nextIsName = Boolean(next && isCapitalised(next.text) && head(next).sentence === first.sentence && !CLOSING.test(first.post));
  // "Later Roe said", "Afterwards Hale ...": a sentence's opening adverb of time or order stands before a name, not
  // in it (other adjectives may well be a name's: "Greater Manchester Police", "Kinder Morgan").
  if (SENTENCE_ADVERBS.has(word.normal)) return false;
  // "Blinken, speaking later, ...": a word the lexicon does not know, written as a surname elsewhere ("Antony
  // Blinken"), is that name even where the tagger guesses a verb from its ending.
  const knownName = seen.surnames.has(word.normal) && lexiconTags(word.normal).length === 0;
  if (hasTag(word, 'Verb', 'Gerund', 'Adverb', 'Conjunction', 'Preposition', 'Determiner') && !nextIsName && !knownName) return false;
  if (seen.lowercase.has(word.normal)) return false;
  if (seen.capitalisedInside.has(word.normal) || nextIsName) return true;
  return lexiconTags(word.normal).length === 0 && !hasTag(word, ...COMMON_TAGS, 'Plural');
}

function continuesName(words: readonly Word[], from: number, j: number): boolean {
  const previous = words[j - 1] as Word;
  const word = words[j] as Word;
  if (head(word).sentence !== tail(previous).sentence) return false;
  if (previous.nickname) return isCapitalised(word.text);
  // Dorothy "Dot" Pengelly: a nickname in quotation marks between a first name and a surname.
  if (quoteOpens(head(word))) {
    const next = words[j + 1];
    const isNickname =
      isCapitalised(word.text) &&
      /^["”’']\s+$/u.test(tail(word).post) &&
      next !== undefined &&
      isCapitalised(next.text) &&
      hasTag(previous, 'FirstName', 'MaleName', 'FemaleName');
    if (isNickname) word.nickname = true;
    return isNickname;
  }
  // "Saltmere Fishermen’s Cooperative", "St Brigid’s Cathedral": a possessive inside a body's or place's name.
  const possessive = /^['’]s?\s*$/u.test(tail(previous).post) || /['’]s$/u.test(previous.text);
  if (possessive && !(isCapitalised(word.text) && headWordAhead(words, j))) return false;
  // "Janet L. Yellen", "George W. Bush": a middle initial's full stop ends no name: one after a given name or a
  // capitalised word that names no place or body, before a word that is neither a function word nor a plural
  // ("They moved to Block C. Residents said ..." is two sentences).
  const initial = /^\p{Lu}$/u.test(previous.text) && /^\.\s*$/u.test(tail(previous).post);
  const given = words[j - 2];
  const afterGiven =
    given !== undefined &&
    isCapitalised(given.text) &&
    (hasTag(given, 'FirstName', 'MaleName', 'FemaleName') || !hasTag(given, 'Place', 'Country', 'City', 'Region', 'Organization'));
  const afterInitial =
    initial &&
    afterGiven &&
    isCapitalised(word.text) &&
    !lexiconTags(word.normal).some((tag) => FUNCTION_TAGS.includes(tag) || tag === 'Copula' || tag === 'Plural');
  if (!possessive && !afterInitial && CLOSING.test(tail(previous).post)) return false;
  // "Governor Roy Cooper (D)", "Jane Baker (Labour)": a bracket opens what is said about the name, not more of it;
  // "Robert (Bob) Smith": a nickname in brackets between a first name and a surname is part of it.
  if (/[([]/u.test(head(word).pre)) {
    const next = words[j + 1];
    const isNickname =
      isCapitalised(word.text) &&
      /^[)\]]\s+$/u.test(tail(word).post) &&
      next !== undefined &&
      isCapitalised(next.text) &&
      hasTag(previous, 'FirstName', 'MaleName', 'FemaleName');
    if (isNickname) word.nickname = true;
    return isNickname;
  }
  if (isCapitalised(word.text)) {
    const monthName = isMonthAsGivenName(words, j) || isMonthAsSurname(words, j);
    if (isCalendarWord(word) && !monthName && !isTodayOfTitle(word, previous, words.slice(from, j))) return false;
    if (hyphenedCommonWord(word.text) && !inBodyName(words, j)) return false;
    if (word.text === 'I') return false;
    return true;
  }
  // "Ministry of Health and Care", "Fire and Rescue Service": "and" inside a body's name.
  if (word.normal === 'and') {
    const next = words[j + 1];
    if (!next || !isCapitalised(next.text)) return false;
    const span = words.slice(from, j);
    const bodyOf = span.some((_, k) => isBodyHead(span, k));
    return bodyOf || orgWordAhead(words, j + 1);
  }
  // "Council on Foreign Relations", "Convention on the Rights of the Child": a body named for its subject.
  if (word.text === 'on') return isSubjectHead(words, j - 1) && subjectAhead(words, j);
  if (word.normal === 'the' && previous.text === 'on') return true;
  // "Ministry of Defence", "Institute for Public Policy", "Bank of the North": a joiner after a body's head word.
  if (!NAME_JOINERS.has(word.normal) && !(word.normal === 'the' && NAME_JOINERS.has(previous.normal))) return false;
  const next = words[j + 1];
  // "Edwin van der Sar", "Juan de la Cruz": a surname's particles may come two at a time.
  const particleThenName = next !== undefined && isPairedParticle(word.normal, next.normal) && isCapitalised(words[j + 2]?.text ?? '');
  if (!next || !(isCapitalised(next.text) || next.normal === 'the' || particleThenName)) return false;
  if (isPairedParticle(previous.normal, word.normal)) return true;
  // "Convention on the Rights of the Child": inside a body's subject, as after its head.
  const inSubject = namesSubject(words.slice(from, j));
  if (word.normal === 'of' || word.normal === 'for') {
    const headWord = previous.normal;
    return (
      inSubject ||
      isOrgWord(headWord) ||
      isPlaceWord(headWord) ||
      TITLE_WORDS.has(headWord) ||
      hasTag(previous, 'Actor') ||
      ['republic', 'kingdom', 'isle', 'bay', 'gulf', 'state', 'house', 'city', 'university'].includes(headWord)
    );
  }
  // "Erik ten Hag", "Giorgio di Stefano": particles that are also other words ("ten Leopard tanks") join only after
  // a first name.
  if (FIRST_NAME_PARTICLES.has(word.normal)) return hasTag(previous, 'FirstName', 'MaleName', 'FemaleName');
  // A surname's particle after one or two name words that follow titles: "Energy Minister Prince Abdulaziz bin Salman".
  const span = words.slice(from, j);
  const afterTitles = span.length - (span.findLastIndex(isTitle) + 1);
  const particle = SURNAME_PARTICLES.has(word.normal) && afterTitles >= 1 && afterTitles <= 2;
  return j - from <= 2 || particle || inSubject;
}

/** Particles that stand two in a row before a surname: "van der", "van den", "van de", "de la", "de le". */
const PAIRED_PARTICLES = new Map([
  ['van', ['der', 'den', 'de']],
  ['de', ['la', 'le']],
]);
const isPairedParticle = (first: string, second: string): boolean => PAIRED_PARTICLES.get(first)?.includes(second) ?? false;

const FIRST_NAME_PARTICLES = new Set(['ten', 'ter', 'di', 'del', 'della', 'dos', 'das', 'ibn']);

/**
 * Whether the title word at `k` is part of a body's name, right after its joiner, with no person named after it:
 * "Commission on Human Rights", "Department of Veterans Affairs", "Office of Head Start"; not "Office of President
 * Volodymyr Zelensky" or "Deputy Minister of Justice Nelson Kgaleng", whose last words name someone.
 */
function titleInBodyName(span: readonly Word[], k: number): boolean {
  const joiner = span[k - 1];
  if (joiner?.text === 'on') return true;
  if (!joiner || !NAME_JOINERS.has(joiner.normal)) return false;
  const rest = span.slice(k + 1);
  const last = rest.at(-1);
  return (
    last !== undefined &&
    !rest.some((word) => hasTag(word, 'FirstName', 'MaleName', 'FemaleName', 'Person', 'LastName')) &&
    (lexiconTags(last.normal).length > 0 || hasTag(last, 'Plural'))
  );
}

/** Whether the word at `k` heads a body named for its subject: "Council", "Commission", "Task Force" (not "Air Force"). */
function isSubjectHead(words: readonly Word[], k: number): boolean {
  const word = words[k];
  if (!word || !ON_SUBJECT_HEADS.has(word.normal)) return false;
  return word.normal !== 'force' || words[k - 1]?.normal === 'task';
}

/** Whether a span holds a body named for its subject: a head, then "on" ("Convention on the Rights of the Child"). */
function namesSubject(span: readonly Word[]): boolean {
  return span.some((word, k) => k > 0 && word.text === 'on' && isSubjectHead(span, k - 1));
}

/** Tags that make a word a name of its own: a person, a place or a company. */
const OWN_NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Country', 'City', 'Region', 'Organization'];

/**
 * Whether the capitalised words after "on" (at `at`) name a subject, as in "Council on Foreign Relations": words of
 * its own, not a place, person, company or day that the body is only at or busy with ("Lambeth Council on Brixton
 * Road", "the Security Council on Syria", "the Committee on Smith's nomination", "the Coalition on Election Day").
 */
function subjectAhead(words: readonly Word[], at: number): boolean {
  let k = at + 1;
  if (words[k]?.normal === 'the') k += 1;
  const first = words[k];
  // "the Commission on AI": initials are a body's or a thing's name.
  if (!first || !isCapitalised(first.text) || /^\p{Lu}+$/u.test(first.text)) return false;
  for (; k < words.length && k < at + 8; k++) {
    const word = words[k] as Word;
    if (!isCapitalised(word.text)) {
      if (word.normal === 'and' || word.normal === 'of' || word.normal === 'the') continue;
      break;
    }
    // "on Good Friday", "on Super Tuesday", "on Election Day": a day, not a subject.
    const day = isCalendarWord(word) || word.normal === 'day' || word.normal === 'night';
    if (day || hasTag(word, ...OWN_NAME_TAGS) || isPlaceWord(word.normal)) return false;
    if (/['’]s?$/u.test(word.text) || /^['’]s?\s*$/u.test(tail(word).post)) return false;
    if (CLOSING.test(tail(word).post)) break;
  }
  return true;
}

function headWordAhead(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 4; k++) {
    const word = words[k] as Word;
    if (!isCapitalised(word.text)) return false;
    if (isOrgWord(word.normal) || isPlaceWord(word.normal)) return true;
    if (CLOSING.test(tail(word).post)) return false;
  }
  return false;
}

function orgWordAhead(words: readonly Word[], from: number): boolean {
  for (let k = from; k < words.length && k < from + 4; k++) {
    const word = words[k] as Word;
    if (!isCapitalised(word.text)) return false;
    if (isOrgWord(word.normal)) return true;
    if (CLOSING.test(tail(word).post)) return false;
  }
  return false;
}

/**
 * A body's head word before the word that joins its name's rest: "Ministry of", "Institute for", "Council on" (in
 * lower case: "PUBLIC FORUM ON TERRORISM" is a headline in capitals).
 */
function isBodyHead(span: readonly Word[], k: number): boolean {
  const joiner = span[k + 1];
  if (joiner?.text === 'on') return isSubjectHead(span, k);
  return isOrgWord((span[k] as Word).normal) && (joiner?.normal === 'of' || joiner?.normal === 'for');
}

// Months that are also given names ("Jan Egeland", "June Sarpong", "April Ryan", "August Wilson") or surnames
// ("Theresa May", "Brian May"), which the tagger reads as months.
const GIVEN_NAME_MONTHS = new Set(['jan', 'april', 'june', 'august']);
const SURNAME_MONTHS = new Set(['may', 'june']);
// Words that put a month in a date ("in June", "since April", "last August"), not a name.
const BEFORE_A_DATE = new Set(
  'in on since until till by from through during last next early late mid this of before after between to and or the a an its their'.split(
    ' ',
  ),
);

/** A month that opens a name: a surname right after it in the sentence, no date word before it nor a number after. */
function isMonthAsGivenName(words: readonly Word[], i: number): boolean {
  const [word, next, after, previous] = [words[i] as Word, words[i + 1], words[i + 2], words[i - 1]];
  if (!GIVEN_NAME_MONTHS.has(word.normal) || !isCapitalised(word.text) || CLOSING.test(tail(word).post) || /^\./u.test(tail(word).post))
    return false;
  if (!next || !isCapitalised(next.text) || isCalendarWord(next) || head(next).sentence !== head(word).sentence) return false;
  if (previous && BEFORE_A_DATE.has(previous.normal)) return false;
  // "April Housing Scorecard": a word the lexicon knows, and not as a name, is no surname.
  const known = lexiconTags(next.normal);
  if (known.length > 0 && !known.some((tag) => NAME_TAGS.includes(tag))) return false;
  return !(after && /^\d/u.test(after.text));
}

/** A month that ends a name: after a given name, with no number after it ("Theresa May", not "Monday May 5"). */
function isMonthAsSurname(words: readonly Word[], j: number): boolean {
  const [word, previous, next] = [words[j] as Word, words[j - 1], words[j + 1]];
  if (!SURNAME_MONTHS.has(word.normal) || !previous || !isCapitalised(previous.text) || isCalendarWord(previous)) return false;
  if (!hasTag(previous, 'FirstName', 'MaleName', 'FemaleName', 'Person')) return false;
  return !(next && /^\d/u.test(next.text));
}

/**
 * "USA Today", "Psychology Today", "Gulf Today": a capitalised "Today" ends a title's name, but not a person's,
 * where it is the wire's day ("Joe Biden Today signed ...").
 */
function isTodayOfTitle(word: Word, previous: Word, before: readonly Word[]): boolean {
  const afterPerson = hasTag(previous, ...NAME_TAGS) || before.some((each) => hasTag(each, ...GIVEN_NAME_TAGS));
  // Nor a body's ("Kelsford County Council Today approved", "Kelsford Rovers Today face ..."): its day too.
  const afterBody = /\p{Ll}s$/u.test(previous.text) || before.some((each) => isOrgWord(each.normal));
  // Only a space between: "SÃO PAULO –Today, ..." is a dateline, then the story.
  const spaced = /^\s+$/u.test(tail(previous).post) && head(word).pre === '';
  return word.normal === 'today' && spaced && !afterPerson && !afterBody;
}

/** A month, a weekday or a date ("Tuesday", "Christmas"), unless the tagger knows it as a name ("May" the person). */
function isCalendarWord(word: Word): boolean {
  return CALENDAR.test(word.normal) || (hasTag(word, 'Month', 'WeekDay', 'Date') && !hasTag(word, 'Person', 'Place', 'Organization'));
}
export function isOrgWord(normal: string): boolean {
  // The lexicon spells American: "Organisation" is its "organization".
  return orgWords.has(normal) || EXTRA_ORG_WORDS.has(normal) || orgWords.has(normal.replace(/isation(s?)$/u, 'ization$1'));
}
export function isPlaceWord(normal: string): boolean {
  return placeWords.has(normal) || EXTRA_PLACE_WORDS.has(normal);
}
function isTitle(word: Word): boolean {
  // compromise guesses "Actor" from endings ("Lindqvist" as if "-ist"): only its lexicon's word counts here.
  return (
    TITLE_WORDS.has(word.normal) ||
    TITLE_WORDS.has(word.normal.replace(/\.$/, '')) ||
    hasTag(word, 'Honorific') ||
    isKnownRoleNoun(word.normal)
  );
}

/**
 * How many words of the span are a role's portfolio ("Secretary of State", "Minister of Health", "of the Exchequer"
 * when the title stands before the span): 0 when none, the span's length when it is a role with no name after it
 * ("Minister of Foreign Affairs").
 */
function portfolioLength(span: readonly Word[], layout: ArticleLayout): number {
  let k = 0;
  const first = span[0] as Word;
  const titled = isTitle(first) && ['of', 'for'].includes(span[1]?.normal ?? '');
  if (titled) k = span[2]?.normal === 'the' ? 3 : 2;
  else {
    const before = layout.text.slice(Math.max(0, first.start - 40), first.start);
    const lead = /(\p{L}+)\s+(?:of|for)\s+(?:the\s+)?$/u.exec(before);
    if (!lead || !(TITLE_WORDS.has((lead[1] as string).toLowerCase()) || isKnownRoleNoun((lead[1] as string).toLowerCase()))) return 0;
  }
  const start = k;
  while (k < span.length) {
    const normal = (span[k] as Word).normal;
    if (PORTFOLIO_WORDS.has(normal)) k += 1;
    else if ((normal === 'and' || normal === '&') && PORTFOLIO_WORDS.has(span[k + 1]?.normal ?? '')) k += 1;
    else break;
  }
  if (k === start) return 0;
  if (k === span.length) return titled ? k : 0;
  // A name's words, capitalised and joined by nothing ("Coordination and Supervision" is more portfolio); a surname
  // alone ("Secretary of State Blinken") when it is no common noun's form and names no body or place.
  const rest = span.slice(k);
  if (!rest.every((word) => isCapitalised(word.text))) return 0;
  const last = span.at(-1) as Word;
  const noun = /(?:tion|sion|ment|ance|ence|ity|ing|ness|ship|ism|ure|ies)$/u.test(last.normal);
  return rest.length >= 2 || !(noun || isOrgWord(last.normal) || isPlaceWord(last.normal)) ? k : 0;
}

/**
 * Where a person's name starts after a role whose portfolio the list of portfolio words does not know: "Chief of Staff
 * Ron Klain", "MPD Deputy Chief of Investigations Erick Fors", "Assistant Secretary of State for African Affairs Molly
 * Phee", or "for Acquisition Darleen Druyun" after "Assistant Secretary of the Air Force". A title, then "of" or "for"
 * (in the span, or just before it after a title), then a first name the lexicon knows and at least a surname, all
 * capitalised to the end of the span; else 0.
 */
function nameAfterLongRole(span: readonly Word[], layout: ArticleLayout): number {
  const joiner = span.findIndex((word, k) => k > 0 && ['of', 'for'].includes(word.normal) && span.slice(0, k).some(isTitle));
  if (joiner < 0 && !afterTitledJoiner(span[0] as Word, layout)) return 0;
  // The first first name from the left: "Superintendent of Schools Mary Ann Cooper" is Mary Ann Cooper.
  for (let k = Math.max(1, joiner + 2); k <= span.length - 2; k += 1) {
    const rest = span.slice(k);
    const nameWord = (word: Word) => isCapitalised(word.text) && !isTitle(word) && !isOrgWord(word.normal) && !isPlaceWord(word.normal);
    if (hasTag(span[k] as Word, 'FirstName', 'MaleName', 'FemaleName') && !isTitle(span[k] as Word) && rest.every(nameWord)) return k;
    // "chairman for the Media Foundation for West Africa Edataen Ojo": a body's name that ends on a place, then two or
    // three words the lexicon does not know at all, whose last the article writes again (the headline's "– Edataen
    // Ojo"), is the body and the name of the one who holds the role; "Senedd Cymru" after "Wales" is the body's own.
    const afterPlace = hasTag(span[k - 1] as Word, 'Place', 'Country', 'City', 'Region') || isPlaceWord((span[k - 1] as Word).normal);
    const unknownWords =
      rest.length <= 3 &&
      rest.every((word) => nameWord(word) && lexiconTags(word.normal).length === 0 && !hasTag(word, 'Place', 'Organization'));
    if (afterPlace && unknownWords && namedAgain(rest.at(-1) as Word, layout)) return k;
  }
  return 0;
}

/** How often each word is written in a layout's text, counted once per layout (an article may name thousands). */
const wordCountsOfLayout = new WeakMap<ArticleLayout, Map<string, number>>();

/** Whether the word is written again elsewhere in the article, as a whole word. */
function namedAgain(word: Word, layout: ArticleLayout): boolean {
  let counts = wordCountsOfLayout.get(layout);
  if (!counts) {
    counts = new Map();
    for (const [found] of layout.text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
      // "Ojo's" writes "Ojo" again.
      const written = found.replace(/['’]s$/u, '');
      counts.set(written, (counts.get(written) ?? 0) + 1);
    }
    wordCountsOfLayout.set(layout, counts);
  }
  return (counts.get(word.text) ?? 0) >= 2;
}

/**
 * "the University of Tasmania Mary-Anne Lea said": a body's name ending on a place ("University of", then the place),
 * then a given name the lexicon knows (or its first part, hyphened) and a surname or two, with no comma between, the
 * surname written again ("Professor Lea said"; not "University of North Carolina Charlotte Campus"): where the person's
 * name starts, else 0.
 */
function nameAfterBodysPlace(span: readonly Word[], layout: ArticleLayout): number {
  for (let k = 3; k <= span.length - 2; k += 1) {
    const previous = span[k - 1] as Word;
    const place = hasTag(previous, 'Place', 'Country', 'City', 'Region') || isPlaceWord(previous.normal);
    if (!place || !span.slice(0, k - 1).some((_, j) => isBodyHead(span, j))) continue;
    const given = span[k] as Word;
    const rest = span.slice(k);
    const givenName = hasTag(given, 'FirstName', 'MaleName', 'FemaleName') || isKnownGivenName(given.text.split('-')[0] ?? '');
    const names =
      rest.length <= 3 &&
      rest.every((word) => isCapitalised(word.text) && !isTitle(word) && !isOrgWord(word.normal) && !isPlaceWord(word.normal));
    if (givenName && names && namedAgain(rest.at(-1) as Word, layout)) return k;
  }
  return 0;
}

/**
 * "Prosecutor Owen Beale", "Frenchman Arthur Fils", "Republican Sue Finkam", "Meet Mark Leno": a word before a first name
 * that is no name itself (the lexicon knows it as another word, or it ends as a role does) says who the person is.
 */
function describesBeforeFirstName(words: readonly Word[]): boolean {
  const [first, second] = words as [Word, Word];
  if (!hasTag(second, 'FirstName', 'MaleName', 'FemaleName') || hasTag(first, 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'))
    return false;
  // "St Brigid's Cathedral", "Al Amir Co": a place's or a body's name, not a person's.
  if (PLACE_FIRST_WORDS.has(first.normal) || TITLE_WORDS.has(first.normal.replace(/\.$/u, ''))) return false;
  if (words.some((word) => isOrgWord(word.normal) || isPlaceWord(word.normal) || /['’]s?$/u.test(word.text))) return false;
  if (lexiconTags(first.normal).length > 0) return true;
  // "Frenchman", "batsman", "Seaman": a word and "man"; "Salman", "Rahman", "Osman" are given names ("Salman Ali Agha"
  // had lost "Salman").
  if (/man$/u.test(first.normal)) return isManCompound(first.normal);
  return /(?:or|er|ist|ian)$/u.test(first.normal);
}

/** "Secretary of the Air Force for [Acquisition ...]": the span opens a portfolio that a title and a joiner began. */
function afterTitledJoiner(first: Word, layout: ArticleLayout): boolean {
  const before = layout.text.slice(Math.max(0, first.start - 60), first.start);
  const lead = PORTFOLIO_JOINER_AT_END.exec(before);
  if (!lead) return false;
  // Back over the role's own words (capitalised, or joining them) to its title: "the family of" is no role.
  const words = before.slice(0, lead.index).split(/\s+/u).filter(Boolean).reverse();
  for (const word of words) {
    const normal = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
    if (TITLE_WORDS.has(normal) || isKnownRoleNoun(normal)) return true;
    if (!/^\p{Lu}/u.test(word) && !['of', 'for', 'the', 'and'].includes(normal)) return false;
  }
  return false;
}

/**
 * "Bank of England Governor", "Ministry of Defence Spokesman": a body's name (a place or a portfolio last), then one
 * person's title, which is no word of the body's.
 */
function bodyThenTitle(span: readonly Word[]): boolean {
  const [last, beforeLast] = [span.at(-1) as Word, span.at(-2)];
  return (
    beforeLast !== undefined &&
    isTitle(last) &&
    !/s$/u.test(last.normal) &&
    (hasTag(beforeLast, 'Place', 'Country', 'City', 'Region') || isPlaceWord(beforeLast.normal) || PORTFOLIO_WORDS.has(beforeLast.normal))
  );
}

/**
 * "local mayor Dean Johnson", "club captain Major Harris": a title's word that is also a given name, right after a role
 * in lower case and before a surname alone, is the given name (the role is already said).
 */
/** Title words that are also given names (the lexicon knows them as titles only). */
const GIVEN_NAME_TITLES = new Set(['dean', 'earl']);

function givenNameAfterRole(span: readonly Word[], layout: ArticleLayout): boolean {
  const first = span[0] as Word;
  return span.length === 2 && GIVEN_NAME_TITLES.has(first.normal) && afterRoleInLowerCase(first, layout);
}

/**
 * Whether one person's role noun or title in lower case stands right before the word ("president Jaimie
 * Smith-Windsor"); not a plural, which a team is described by ("hosts Atletico Madrid", "champions AC Milan").
 */
function afterRoleInLowerCase(word: Word, layout: ArticleLayout): boolean {
  const before = /(\p{Ll}+)\s+$/u.exec(layout.text.slice(Math.max(0, word.start - 30), word.start))?.[1] ?? '';
  if (/[^s]s$/u.test(before)) return false;
  return before !== '' && (isKnownRoleNoun(before) || TITLE_WORDS.has(before));
}

function makeMention(words: readonly Word[], from: number, to: number, layout: ArticleLayout): Mention | null {
  const span = words.slice(from, to);
  const evidence: Evidence = { person: 0, organisation: 0, place: 0 };
  let gender: 'm' | 'f' | null = null;
  // Titles and roles before the name: "Dr", "NATO Secretary-General", "Prime Minister".
  let split = -1;
  span.forEach((word, k) => {
    if (k < span.length - 1 && isTitle(word) && !titleInBodyName(span, k) && !(k === 0 && givenNameAfterRole(span, layout))) split = k;
  });
  let nameWords = span;
  let role = '';
  const portfolio = portfolioLength(span, layout);
  if (portfolio === span.length) return null;
  if (portfolio > 0) {
    // "Secretary of State Antony Blinken": the role and its portfolio, then the name.
    nameWords = span.slice(portfolio);
    role = layout.text.slice((span[0] as Word).start, (span[portfolio - 1] as Word).end);
    evidence.person += 3;
    split = -1;
  }
  if (split >= 0 && portfolio === 0) {
    const rest = span.slice(split + 1);
    const restLast = rest.at(-1) as Word;
    // "Prime Minister", "Deputy Chief Constable": titles all through, a role with no name after it.
    const onlyTitles = rest.every((word) => isTitle(word));
    // "King Street", "Queen's Park": a title may open a place's name; an honorific never does ("Mr Park", "Mrs Hill").
    const placeWordAllowed = HONORIFICS.has((span[split] as Word).normal.replace(/\.$/u, ''));
    if (
      !onlyTitles &&
      !isOrgWord(restLast.normal) &&
      (placeWordAllowed || !isPlaceWord(restLast.normal)) &&
      !NAME_JOINERS.has((rest[0] as Word).normal)
    ) {
      nameWords = rest;
      role = layout.text.slice((span[0] as Word).start, (span[split] as Word).end);
      evidence.person += 3;
      for (const word of span.slice(0, split + 1)) gender ??= GENDERED_WORDS[word.normal.replace(/\.$/, '')] ?? null;
    }
  }
  if (nameWords === span) {
    const named = nameAfterLongRole(span, layout) || nameAfterBodysPlace(span, layout);
    if (named > 0) {
      nameWords = span.slice(named);
      role = layout.text.slice((span[0] as Word).start, (span[named - 1] as Word).end);
      evidence.person += 3;
    }
  }
  if (nameWords.length >= 3 && describesBeforeFirstName(nameWords)) {
    role = role ? `${role} ${(nameWords[0] as Word).text}` : (nameWords[0] as Word).text;
    nameWords = nameWords.slice(1);
    evidence.person += 1;
  }
  // "Judge Richard Marks QC": the letters after the name are no part of it.
  if (nameWords.length >= 3 && isPostNominal((nameWords.at(-1) as Word).text)) nameWords = nameWords.slice(0, -1);
  // A role without a name ("the NATO Secretary-General", "NATO Defence Ministers") names at most its body.
  const lastWord = nameWords.at(-1) as Word;
  // "Tim Cook", "Jane Baker": a capitalised role noun right after a first name is a surname.
  const beforeLast = nameWords.at(-2);
  const surname =
    beforeLast !== undefined && hasTag(beforeLast, 'FirstName', 'MaleName', 'FemaleName') && /^\p{Lu}\p{Ll}/u.test(lastWord.text);
  // "Convention on the Rights of the Child": a body's subject may end on a role noun.
  const subjectNamed = namesSubject(span);
  // "Ministry of Justice", "Council of Science Editors": a body named for a field, whose last word may be a title's.
  const fieldNamed =
    span.length >= 3 && isOrgWord((span[0] as Word).normal) && ['of', 'for'].includes(span[1]?.normal ?? '') && !bodyThenTitle(span);
  // "Martin Luther King Jr.", "Raimundo Archibold Jr.": a generation's mark after a name, not a role ("Jr" is a title's
  // word in the lists).
  const generation = nameWords.length >= 2 && isGenerationMark(lastWord.normal);
  if (
    (split < 0 || nameWords === span) &&
    !surname &&
    !generation &&
    !subjectNamed &&
    !fieldNamed &&
    (isTitle(lastWord) || isKnownRoleNoun(lastWord.normal.replace(/s$/, '')))
  ) {
    const properPart: Word[] = [];
    for (const word of nameWords) {
      // "the State Minister": the tagger may take the role's own words for a body's or a place's. Not a firm's name in
      // the plural ("Kelso Brothers", "Bessemer Venture Partners").
      if (!hasTag(word, 'Organization', 'Acronym', 'Place', 'Country', 'City', 'Region') || (isTitle(word) && !/\p{Ll}s$/u.test(word.text)))
        break;
      properPart.push(word);
    }
    if (properPart.length === 0) return null;
    nameWords = properPart;
  }
  const first = nameWords[0] as Word;
  const last = nameWords.at(-1) as Word;
  // "the Dutchman", "the Colombian": who someone is, not their name.
  if (
    nameWords.length === 1 &&
    /\bthe\s+$/iu.test(layout.text.slice(Math.max(0, first.start - 4), first.start)) &&
    (/(?:man|woman)$/u.test(first.normal) || hasTag(first, 'Demonym') || NATIONALITY_NOUNS.has(first.normal))
  )
    return null;
  // "the American capital", "DNA evidence": a people's adjective or a thing's initials alone names no one.
  if (nameWords.length === 1 && (THING_INITIALISMS.has(first.normal) || lexiconTags(first.normal).includes('Demonym'))) return null;
  const start = first.start;
  let end = last.end;
  const written = nameWords.some((word) => word.nickname)
    ? nameWords
        .filter((word) => !word.nickname)
        .map((word) => word.text)
        .join(' ')
    : layout.text.slice(start, end);
  // "Yellen.“After a pilot ...": a word run into the quotation after it, with no space, ends at the mark.
  let name = written
    .replace(/[.,;:!?]?["“”«»„].*$/su, '')
    .replace(/['’]s$/u, '')
    .replace(/[.]$/, (dot) => (/\b\p{Lu}\.\p{Lu}\.$/u.test(written) ? dot : ''));
  // The mention ends before a possessive or a full stop it lost.
  end -= written.length - name.length;
  name = writtenElsewhereInCase(name.replace(/\s+/g, ' '), layout.text);
  if (!/\p{L}{2}/u.test(name) && !/^\p{Lu}(\.\p{Lu})+\.?$/u.test(name)) return null;

  if (hasTag(first, 'FirstName', 'MaleName', 'FemaleName') && nameWords.length >= 2) evidence.person += 2;
  if (nameWords.some((word) => hasTag(word, 'Person', 'LastName') && !hasTag(word, 'Honorific'))) evidence.person += 1;
  // A first name's usual gender, when there is a first name: a lone word is most often a surname ("Dion said" of
  // Celine Dion, whose surname the lexicon knows as a man's first name).
  const firstName = nameWords.length >= 2;
  if (firstName && hasTag(first, 'FemaleName') && !hasTag(first, 'MaleName')) gender ??= 'f';
  if (firstName && hasTag(first, 'MaleName') && !hasTag(first, 'FemaleName')) gender ??= 'm';
  // "... Authority", "Chamber of Commerce", "University of Kelsford": a body's head word.
  const headOfPhrase = nameWords.some((_, k) => isBodyHead(nameWords, k));
  if (isOrgWord(last.normal) || headOfPhrase) evidence.organisation += 3;
  // "Bank Negara Malaysia", "Radio Television Malaysia": a body's head word first, its country last (not a country's
  // own name: "United Arab Emirates").
  if (nameWords.length >= 3 && isOrgWord(first.normal) && hasTag(last, 'Country') && !hasTag(first, 'Country')) evidence.organisation += 4;
  // "Psychology Today", "USA Today": a title's name, a magazine's or a paper's.
  if (nameWords.length >= 2 && last.normal === 'today') evidence.organisation += 3;
  // "Roy O'Connor LLP", "Jane Roe Ltd": a firm's legal form outweighs the person's name the firm carries.
  if (LEGAL_FORMS.test(last.normal)) evidence.organisation += 4;
  // "..., she told Lusa.": a news agency, whatever name or place its word is too.
  if (NEWS_AGENCIES.has(name)) evidence.organisation += 8;
  // "the Temu Anwar@TAR UMT dialogue": an event's or an account's name, with an "@" inside, is no person's.
  if (/\S@\S/u.test(name)) evidence.organisation += 8;
  if (nameWords.some((word) => hasTag(word, 'Organization'))) evidence.organisation += 2;
  if (/^\p{Lu}{2,6}$/u.test(name) && !hasTag(first, 'Place', 'Country')) evidence.organisation += 1.5;
  // "... University of Management and Technology (TAR UMT)": initials in brackets after a name are a body's.
  if (/^\p{Lu}{2,6}(?: \p{Lu}{2,6})+$/u.test(name) && layout.text[start - 1] === '(' && layout.text[end] === ')')
    evidence.organisation += 3;
  // "Dario Fenwick": a first name makes a place-named surname a person's ("Fenwick" is also a town); so does a name the
  // lexicon knows as a person's only, given or family ("Lee Bollington"), before a word that names no kind of place
  // ("Lee County").
  const personWord = lexiconTags(first.normal).includes('Person') && !isPlaceWord(last.normal) && !isOrgWord(last.normal);
  const firstNamed = (hasTag(first, 'FirstName', 'MaleName', 'FemaleName') || personWord) && nameWords.length >= 2;
  // So does a person's title or role before a name of two words or more ("Finance Minister Waldo Mendoza", "SSBA
  // president Jaimie Smith-Windsor"): the tagger's city in it is a surname.
  const titledName = (role !== '' || afterRoleInLowerCase(first, layout)) && nameWords.length >= 2;
  if (!firstNamed && nameWords.some((word) => hasTag(word, 'Place', 'Country', 'City', 'Region')))
    evidence.place += !titledName && (nameWords.length === 1 || hasTag(last, 'Place', 'Country', 'City', 'Region')) ? 3 : 1;
  if (isPlaceWord(last.normal) && !isOrgWord(last.normal) && nameWords.length >= 2 && !firstNamed && !role) evidence.place += 2;
  if (PLACE_FIRST_WORDS.has(first.normal) && nameWords.length >= 2) evidence.place += 1.5;
  if (
    nameWords.length >= 2 &&
    nameWords.every(
      (word) => isCapitalised(word.text) && (lexiconTags(word.normal).length === 0 || hasTag(word, 'FirstName', 'LastName', 'Person')),
    )
  )
    evidence.person += 1;
  addContext(evidence, layout.text, start, end, span.length > nameWords.length || nameWords.length >= 2);

  const sentence = head(first).sentence;
  const inQuote = isInQuote(layout.quotes, start);
  const passage = layout.passages.find((p) => start >= p.start && start < p.end);
  return {
    name,
    words: nameWords.filter((word) => !word.nickname).map((word) => matchingForm(word.text.replace(/['’]s$/u, ''))),
    start,
    end,
    sentence,
    inQuote,
    inHeadline: passage?.kind !== 'paragraph',
    role,
    gender,
    evidence,
  };
}

const LEGAL_FORMS = /^(?:llp|llc|lp|inc|ltd|plc|corp|gmbh|pty)\.?$/u;

/** What a body is: "company", "charity", "broadcaster". */
const ORG_NOUNS =
  'company|firm|start-up|startup|business|group|charity|operator|retailer|bank|lender|insurer|manufacturer|maker|developer|supplier|chain|brand|utility|carrier|airline|club|team|agency|organisation|organization|party|union|cooperative|co-operative|consortium|fund|investor|publisher|broadcaster|newspaper|website|app|platform|news provider|news outlet|news portal|campaign|body|regulator|watchdog|authority|council|association|society|trust|foundation';
// The noun ends its phrase: punctuation, a clause or a participle after it ("a Pan African organisation targeting
// innovative ideas", "a firm building ..."), not another noun ("a business management specialist" is a person), nor a
// gerund before a person's noun ("a club cycling coach", "a team building consultant").
const PERSON_AFTER_GERUND = String.raw`(?:coach|expert|consultant|manager|director|officer|instructor|teacher|specialist|adviser|advisor|lecturer|analyst|worker|assistant|champion|star|guru|trainer|leader)\b`;
const ORG_NOUN_END = String.raw`(?=\s*(?:[,.;:)]|$)|\s+(?:based|that|which|whose|in|on|at|from|with|owned|run|set|founded|for|of|\p{Ll}+ing(?!\s+${PERSON_AFTER_GERUND}))\b)`;
/** ", a start-up based in the city": what follows a body's name. */
export const ORG_APPOSITIVE = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ORG_NOUNS})${ORG_NOUN_END}`, 'u');
// "Koniku, is a US-based Nigerian firm building ...": the name said to be a body ("Tom Hale is a party in the case" is
// someone in a lawsuit).
export const ORG_COPULA = new RegExp(
  String.raw`^,?\s+(?:is|was)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ORG_NOUNS.replace('party|', '')})${ORG_NOUN_END}`,
  'u',
);
// "Melvin Aris, St Ann’s deputy parish agricultural manager,": a role, perhaps a place's or a body's before it.
const APPOSITIVE_PERSON =
  /^,\s+(?:\d{1,3},\s+)?(?:who\b|a\s+|an\s+|the\s+\w+(?:\s+\w+)?\s+(?:of|at|for)\b|(?:the\s+)?(?:\w+\s+){0,3}(?:\p{Lu}\w*['’]s\s+)?(?:(?!(?:whose|which|who|that|where)\s)\w+\s+){0,3}(?:spokesperson|spokesman|spokeswoman|chief|head|leader|director|minister|officer|manager|professor|chair|chairman|chairwoman|president|secretary|executive|founder|coach|analyst|economist|researcher|scientist|lecturer|teacher|resident|owner|mayor|councillor|governor|commissioner)\b)/u;

/**
 * "During an interview with the Guyana Standard, the GCCI President said": a name ending a phrase that opens the
 * sentence, then the subject of a verb of speech with no comma closing it, which is no apposition to the name.
 */
export function subjectAfterPhrase(text: string, start: number, end: number): boolean {
  return OBJECT_OF_PHRASE.test(text.slice(Math.max(0, start - 30), start)) && SUBJECT_THEN_VERB.test(text.slice(end, end + 100));
}
const OBJECT_OF_PHRASE = /(?<!\p{L})(?:with|to|in|at|from|for|during|on|by)\s+(?:the\s+)?$/iu;
const SUBJECT_THEN_VERB = /^,\s+(?:the|a|an|its|their)\s+[^,.;:"“”]{2,80}?\s+(?:said|says|told|added)\b/u;

// "Marla Ridge, 27, ...", "Anna Marsh, 27.", "Anna Marsh, aged 27,", "Anna Marsh (27)": an age after a name.
const AGE_AFTER = /^(?:,\s+(?:aged\s+)?\d{1,3}(?:,\s+(?!\d)|\.(?!\d)|\s*$)|\s+\(\s*\d{1,3}\s*\))/u;
const DATELINE_PLACE_AFTER = /^\)\s*[:—–]/u;
const STREET_WORDS = /^(?:street|road|avenue|lane|drive|way|place|square|park|close|crescent|terrace|boulevard)$/iu;

/**
 * Whether a name is shaped like a person's, for the age after it: no place's, body's or street's word last (not
 * "Alice Springs, 43,", "Port Adley United, 14," in a league's table or "Elm Street, 14,"), and a given name the
 * lexicon knows first, or words it knows for nothing but names.
 */
function isPersonShaped(name: string, after: string): boolean {
  const words = name.split(/\s+/u);
  const first = words[0] ?? '';
  const last = (words.at(-1) ?? '').toLowerCase();
  if (words.length < 2 || words.length > 3 || orgWords.has(last) || isPlaceWord(last) || STREET_WORDS.test(last)) return false;
  if (isKnownGivenName(first)) return true;
  // Words the lexicon does not know ("Sharna Okoro") only in "Name, 27, moved ...": the age, then the sentence going on.
  const onlyNames = words.every((word) => lexiconTags(word).every((tag) => /^(?:LastName|Person)$/u.test(tag)));
  return lexiconTags(first).length === 0 && onlyNames && /^,\s+\d{1,3},\s+(?!and\b|or\b)\p{Ll}/u.test(after);
}
const TITLED_ROLE_AFTER =
  /^,\s+(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:Lead|Head|Manager|Director|Officer|Coordinator|Adviser|Advisor|Specialist|Analyst|Editor|Founder|Engineer)\s+at\s+(?:the\s+)?\p{Lu}/u;

const PLACE_KIND_AFTER =
  /^(?:\s+and\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?\s+(?:neighbou?rhoods?|districts?|suburbs?|county|counties|province|provinces|townships?|boroughs?|precincts?)\b(?!\s+(?:offices?|headquarters|branch|branches|staff)\b)/u;
const BODY_ROLE_THEN_PERSON =
  /^\s+(?:star|frontman|frontwoman|lead singer|guitarist|drummer|bassist|chief executive|chief operating officer|chief financial officer|chief|boss|manager|head coach|coach|captain|chairman|chairwoman|chair|founder|co-founder|spokesperson|spokesman|spokeswoman|striker|midfielder|defender|goalkeeper|owner)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
/** Roles held towards a person: "Putin critic Ann Fox", "Taylor Swift fan Tom Vale". */
const RELATION_ROLES = new Set(
  'critic teammate team-mate fan voter supporter rival ally friend biographer opponent successor predecessor protege protégé loyalist lookalike impersonator accuser'.split(
    ' ',
  ),
);
const ROLE_BEFORE_NAME_AFTER = /^\s+(\p{Ll}[\p{Ll}-]+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u;
const SCORE_AFTER = /^\s+\d{1,2}\s*[–-]\s*\d{1,2}(?![\d%])/u;
const SCORE_BEFORE = /(?<![\d.,])\d{1,2}\s*[–-]\s*\d{1,2}\s+$/u;
const SHOP_KIND_AFTER = /^['’]s?\s+(?:department stores?|stores?|shops?|supermarkets?|restaurants?|outlets?|branch|branches)\b/u;

/** What the words around a name say: "in Morvaine", "Severin said", "the Civic Forward leader". */
function addContext(evidence: Evidence, text: string, start: number, end: number, multiWord: boolean): void {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 80);
  const previousWord = /(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  // "Shares in Tesla", "a stake in Northvolt": a company, whatever else its name may be, and "in" says no place.
  const heldIn = /\b(?:shares|stakes?|holdings?) (?:in|of)\s+(?:the\s+)?$/iu.test(before);
  if (heldIn) evidence.organisation += 5;
  else if (PLACE_PREPOSITIONS.has(previousWord)) evidence.place += previousWord === 'from' || previousWord === 'to' ? 0.5 : 1;
  if (previousWord === 'at') evidence.organisation += 0.5;
  // "..., told VRT NWS.", "told RTÉ": initials told something are a broadcaster or a paper, not a person.
  // Not "told JJ, a local reporter,": a person described after.
  const initials = text.slice(start, end);
  const describedAfter = /^,\s+(?:a|an|the)\s/u.test(after);
  if (previousWord === 'told' && /^\p{Lu}{2,}(?: \p{Lu}{2,})*$/u.test(initials) && initials.length >= 3 && !describedAfter)
    evidence.organisation += 3;
  if (BODY_TYPE_WORDS.has(previousWord)) evidence.organisation += 2;
  if (/^-based\b/u.test(after) || /^,\s+(?:the\s+)?(?:capital|city|town|village|region|province|county|district|country)\b/u.test(after))
    evidence.place += 2;
  // "the Marcy Holmes and Dinkytown neighborhoods", "Anoka county": the kind of place the name is. A plural kind
  // without "the" is a name used as a description: "Trump districts", "Obama counties".
  const placeKind = PLACE_KIND_AFTER.exec(after);
  if (placeKind && (!/s$/u.test(placeKind[0]) || /\bthe\s+$/iu.test(before))) evidence.place += 4;
  // "Macy's department store": the kind of business.
  if (SHOP_KIND_AFTER.test(after)) evidence.organisation += 2;
  // "Chelsea 0 – 1 Manchester City": the sides of a score are teams.
  if (SCORE_AFTER.test(after) || SCORE_BEFORE.test(before)) evidence.organisation += 3;
  const nextWord = /^['’]?s?\s+(\p{L}+)/u.exec(after)?.[1] ?? '';
  if (isPersonSpeechVerb(nextWord)) evidence.person += multiWord ? 1 : 0.5;
  // A role named in it outweighs a surname that is also a place's ("Melvin Aris, St Ann’s deputy ... manager").
  const appositive = ORG_APPOSITIVE.test(after) || subjectAfterPhrase(text, start, end) ? null : APPOSITIVE_PERSON.exec(after);
  if (appositive) evidence.person += /(?:who|an?\s+|of|at|for)$/u.test(appositive[0]) ? 2 : 4;
  // "Marla Ridge, 27, recently moved ...", "Dana Pickles, River Protection Lead at Harbour Water": an age, or a job
  // title in capitals at a body, after the name (the tagger may read "Ridge" or "Pickles" as a place's word).
  if (multiWord && AGE_AFTER.test(after) && isPersonShaped(text.slice(start, end), after)) evidence.person += 7;
  if (multiWord && TITLED_ROLE_AFTER.test(after)) evidence.person += 3;
  // "TABIN WILDLIFE RESERVE (LAHAD DATU): A joint effort ...": a dateline's place in capitals and brackets, before its
  // colon or dash, in words (not "MK:" opening an interview's answer, nor an acronym defined, "(PRA):", "(PPD-28):").
  if (/\($/u.test(before) && DATELINE_PLACE_AFTER.test(after) && /^\p{Lu}+(?: \p{Lu}+)+$/u.test(text.slice(start, end)))
    evidence.place += 4;
  if (/^,\s+which\b/u.test(after)) evidence.organisation += 1;
  if (ORG_COPULA.test(after)) evidence.organisation += 5;
  // "Signalwise, a start-up", "Kestrel Telecom's chief executive", "shares in Polaris Orbital", "told OSEN, a Korean
  // entertainment news provider"
  if (ORG_APPOSITIVE.test(after)) evidence.organisation += 3;
  if (
    /^['’]s?\s+(?:chief executive|chief|boss|board|shares|staff|workers|employees|customers|spokesperson|spokesman|spokeswoman|owners|headquarters|profits?|revenues?|accounts|directors|shareholders|subsidiary|website|app|members)\b/u.test(
      after,
    )
  )
    evidence.organisation += 2;
  if (/\b(?:owned by|bought by|acquired by|sold to|takeover of|customers of|staff at|workers at)\s+(?:the\s+)?$/u.test(before))
    evidence.organisation += 2;
  if (/^\s+said in a (?:written )?statement\b/u.test(after)) evidence.organisation += 1;
  // "Apple chief executive Tim Cook", "Manchester City manager Pep Guardiola", "Spinal Tap star Michael McKean": a body
  // or a work, then a role in lower case, then the person who holds it. Not roles held in a place ("Texas governor Greg
  // Abbott", "France president ...").
  if (BODY_ROLE_THEN_PERSON.test(after)) evidence.organisation += 3;
  // "Petaling Jaya restaurateur Tan Wei Ming", "Kuala Lumpur trader Lim Ah Kow": a name before a role in lower case and
  // the person who holds it says where or what the role is, and is no person. Not one spoken for ("Obama adviser David
  // Axelrod", "Trump lawyer Rudy Giuliani") or one the role stands to ("Putin critic ...", "Messi teammate ..."), nor
  // a name the lexicon knows for a person's.
  else {
    const role = ROLE_BEFORE_NAME_AFTER.exec(after)?.[1] ?? '';
    const knownPerson = lexiconTags(text.slice(start, end).split(/\s+/u).at(-1) ?? '').some((tag) => NAME_TAGS.includes(tag));
    if ((isRoleNoun(role) || PEOPLE_NOUNS.has(role)) && !SPEAKS_FOR.has(role) && !RELATION_ROLES.has(role) && !knownPerson) {
      evidence.person -= 3;
    }
  }
  // "the Civic Forward leader", "the Rovers manager": a body named before the role of one of its people.
  if (
    /\bthe\s+$/u.test(before) &&
    /^\s+(?:leader|chief|spokesperson|spokesman|spokeswoman|manager|board|members?|chair|chairman|chairwoman|president|director|boss|coach|executive|officials?|staff|players?|team|government)\b/u.test(
      after,
    )
  )
    evidence.organisation += 2;
  if (
    /\b(?:leads|led|heads|headed|joined|founded|runs|member of|members of|chair of|head of|leader of|spokesperson for|spokesman for|spokeswoman for|works for|worked for)\s+(?:the\s+)?$/u.test(
      before,
    )
  )
    evidence.organisation += 2;
  if (/\bthe\s+$/u.test(before)) evidence.person -= 1;
  // "The Lib Dems remained at four", "the Greens": a name in the plural after "the" names a party or a team, not a person.
  if (/\b[Tt]he\s+$/u.test(before) && /\p{Ll}(?<![su])s$/u.test(text.slice(start, end))) evidence.person -= 4;
  // "Saltmere's mayor, Birgit Sand," "the union's secretary, Tobias Wren,"
  const roleBefore = /(\p{L}+),\s+$/u.exec(before)?.[1];
  if (roleBefore && isKnownRoleNoun(roleBefore) && /^,/u.test(after)) evidence.person += 3;
}

const LIST_SEPARATOR = /^(?:,|,?\s+(?:and|or|&))\s+$/u;
const PLACES_PREPOSITION = /(?<![\p{L}])(?:in|across|around|throughout|near)\s+$/u;

/**
 * "storm damage in Garran, Dickson, Gungahlin, Fraser and Ngunnawal": three or more one-word names listed after "in",
 * most of them read as places, are all places, though some are surnames too. Not "attacking options in Kane, Saka,
 * Foden and Palmer", where none is.
 */
function placesListedAfterIn(mentions: Mention[], text: string): void {
  let first = 0;
  for (let k = 1; k <= mentions.length; k++) {
    const listed = k < mentions.length && LIST_SEPARATOR.test(text.slice((mentions[k - 1] as Mention).end, (mentions[k] as Mention).start));
    if (listed) continue;
    const run = mentions.slice(first, k);
    const opening = run[0];
    if (
      opening &&
      run.length >= 3 &&
      // Not things in a list ("in PHP, Python and Ruby", "in CSV, JSON and XML"): these read as bodies' names.
      run.every((mention) => !/\s/u.test(text.slice(mention.start, mention.end)) && strongest(mention.evidence) !== 'organisation') &&
      PLACES_PREPOSITION.test(text.slice(Math.max(0, opening.start - 20), opening.start)) &&
      run.filter((mention) => strongest(mention.evidence) === 'place').length * 2 > run.length
    ) {
      for (const mention of run) mention.evidence.place += 3;
    }
    first = k;
  }
}

/** "Civic Forward and the Rural Centre Party": names listed together are usually of one kind. */
function spreadKindAcrossLists(mentions: Mention[], text: string): void {
  for (let k = 1; k < mentions.length; k++) {
    const a = mentions[k - 1] as Mention;
    const b = mentions[k] as Mention;
    const between = text.slice(a.end, b.start);
    if (!/^(?:,|,?\s+(?:and|or|&))\s+(?:the\s+)?$/u.test(between)) continue;
    // "Frank Woonatai, Chairman of the Karate College,": a role at a body set after a name says who the person is; it
    // is no second item of a list.
    const roleOfBody = /^(\p{L}+)\s+(?:of|for)\s/u.exec(text.slice(b.start, b.end))?.[1]?.toLowerCase() ?? '';
    const kindOfA = strongest(a.evidence);
    if (between === ', ' && (TITLE_WORDS.has(roleOfBody) || isKnownRoleNoun(roleOfBody)) && (kindOfA === null || kindOfA === 'person')) {
      a.evidence.person += 3;
      continue;
    }
    const kindA = strongest(a.evidence);
    const kindB = strongest(b.evidence);
    if (kindA && !kindB) b.evidence[kindA] += 1;
    if (kindB && !kindA) a.evidence[kindB] += 1;
  }
}

export function strongest(evidence: Evidence): Kind | null {
  const ranked = (Object.entries(evidence) as [Kind, number][]).sort((x, y) => y[1] - x[1]);
  const [best, second] = ranked;
  if (!best || best[1] <= 0) return null;
  if (second && second[1] === best[1]) return null;
  return best[0];
}

/** The mentions that overlap [from, to). findMentions returns them in text order and never overlapping. */
export function mentionsOverlapping(mentions: readonly Mention[], from: number, to: number): Mention[] {
  const overlapping: Mention[] = [];
  for (let k = firstEndingAfter(mentions, from); k < mentions.length && mentions[k]!.start < to; k += 1) overlapping.push(mentions[k]!);
  return overlapping;
}
