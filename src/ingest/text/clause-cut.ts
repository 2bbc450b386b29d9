import { tagTerms, type Term } from '../understand/tagged-terms';
import { MONTH_NAME } from './month-name';

/** The most words a "between" phrase runs before its "and" ("between the two largest unions | and"). */
const BETWEEN_WORDS = 5;
/** A derived title worth having: shorter than this is a fragment ("Officials said"). */
const MIN_TITLE_CHARS = 30;

/** Words that open a new phrase or clause: a cut just before one leaves the phrase before it whole. */
const OPENING_TAGS = ['Preposition', 'Conjunction', 'QuestionWord'];
/** Words a phrase cannot end on: it would read as cut mid-phrase ("the allies will", "the outcome of the"). */
const UNFINISHED_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Modal', 'Copula', 'Possessive'];
/** Relative and complement words tagged otherwise by the tagger ("said that", "a plan which"). */
const OPENING_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'after', 'before']);
/** Words that open a clause of time, cause or condition: its verb alone does not end it ("after a storm hurtled"). */
const SUBORDINATORS = new Set(['after', 'when', 'while', 'as', 'because', 'since', 'before', 'until', 'once', 'although', 'if', 'whether']);

const hasAny = (term: Term, tags: readonly string[]) => tags.some((tag) => term.tags.has(tag));

/**
 * How much of a sentence is tagged for a cut: far more than any title, and more than nearly any real
 * sentence, so the cut is the same as with the whole sentence tagged. A "sentence" the splitter could not
 * end (a run of "Mr. Mr. ...", a 900 KB line) would otherwise be tagged whole for a 90-character title.
 */
const TAGGED_CHARS = 1_000;

/** The words of a sentence, tagged for cutAtClause: its first TAGGED_CHARS characters (to a word's end). */
export function clauseTerms(sentence: string): Term[] {
  if (sentence.length <= TAGGED_CHARS) return tagTerms(sentence);
  // Only words ending before `max` (at most ~110) and the two after them count: the rest is not looked at.
  const space = sentence.slice(TAGGED_CHARS).search(/\s/u);
  return tagTerms(sentence.slice(0, TAGGED_CHARS + Math.max(0, space)));
}

/**
 * The sentence cut to at most `max` characters at the last clause or phrase boundary: after a comma,
 * semicolon, colon or dash, or before a word that opens a phrase (a preposition, a conjunction, a relative
 * word, a two-word preposition such as "regardless of"), and never after a word a phrase cannot end on.
 * No ellipsis: what is left reads as a whole. Null when no boundary leaves a title worth having.
 * `terms` are the sentence's words (clauseTerms), tagged once for every `max` tried.
 */
export function cutAtClause(sentence: string, max: number, terms: readonly Term[]): string | null {
  if (sentence.length <= max) return sentence;
  // In a title-case line every word is capitalised, so capitals tell nothing about names there.
  const titleCase = terms.filter(isCapitalised).length >= terms.length * 0.6;
  let best: number | null = null;
  // The last cut before "of" after the sentence's first verb: "The Tribunal in Minna on Wednesday upheld the
  // election | of Governor ...", taken when every other cut leaves the subject alone, with no verb.
  let afterVerb: number | null = null;
  let verbSeen = false;
  // A verb after a comma may be an aside's ("Efforts by Waziri Benson Chacha, the man accused | of ..."), not the
  // sentence's own.
  let commaSeen = false;
  // Inside a clause opened by "after", "when", ...: "... killed after a powerful storm hurtled | into the coast".
  let subordinate = false;
  // Inside a "that" clause before its verb: "The ministry said on Tuesday that more | than 377,000 Ukrainians had
  // entered": its subject alone is no clause. Not "that" pointing at a noun ("rejected that claim").
  let beforeClauseVerb = false;
  // After "between", until its "and": "a crash between a van | and a lorry" is one phrase. A few words of nouns only:
  // "Talks between the two sides broke down on Tuesday | and ..." ended the phrase at its verb.
  let betweenAt = -1;
  for (let i = 0; i + 1 < terms.length; i += 1) {
    const last = terms[i]!;
    const next = terms[i + 1]!;
    if (last.normal === 'between') betweenAt = i;
    else if (last.normal === 'and' || /[,;:–—]/u.test(last.post) || last.tags.has('Verb') || i - betweenAt > BETWEEN_WORDS) betweenAt = -1;
    const between = betweenAt >= 0;
    verbSeen ||= last.tags.has('Verb') && !commaSeen;
    commaSeen ||= /[,;:–—]/u.test(last.post);
    if (SUBORDINATORS.has(last.normal)) subordinate = true;
    if (last.normal === 'that' && !pointsAtNoun(next)) beforeClauseVerb = true;
    else if (last.tags.has('Verb')) beforeClauseVerb = false;
    if (last.end > max) break;
    if (last.end < MIN_TITLE_CHARS) continue;
    // A word's closing quotation marks and brackets are its own ("a certain ‘shame’ | in ..."): the tagger leaves them
    // after the word, and a cut before them would strand the opening one.
    const end = last.end + (/^[’”"'»)\]]+/u.exec(sentence.slice(last.end))?.[0].length ?? 0);
    if (end > max || isOpen(sentence.slice(0, end))) continue;
    const finished =
      !hasAny(last, UNFINISHED_TAGS) &&
      !wantsObject(last) &&
      !wantsInfinitive(last, next) &&
      !(subordinate && endsOnVerb(last)) &&
      !beforeClauseVerb;
    const boundary =
      !(between && next.normal === 'and') &&
      !insideDate(terms, i) &&
      isBoundary(last, next, terms[i + 2], !titleCase) &&
      !insideComplexPreposition(terms[i - 1], last, next, terms[i + 2]) &&
      !measuresTimeTo(last, next);
    if (boundary && finished) best = end;
    if (verbSeen && finished && next.normal === 'of' && !(isCapitalised(last) && !titleCase)) afterVerb = end;
  }
  const hasVerb = (end: number): boolean => terms.some((term) => term.end <= end && term.tags.has('Verb'));
  if (afterVerb !== null && (best === null || (!hasVerb(best) && afterVerb > best))) best = afterVerb;
  return best === null ? null : sentence.slice(0, best).replace(/[\s,;:–—-]+$/u, '');
}

const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/u;
const YEAR = /^\d{4}$/u;
const MONTH = new RegExp(`^${MONTH_NAME}$`, 'iu');

/**
 * Whether the comma after terms[i] is a date's: "July 31, | 2014" or, American style, "in the July 31, 2014, | stabbing
 * death of ...", where the year's comma closes the date inside its noun phrase.
 */
function insideDate(terms: readonly Term[], i: number): boolean {
  const [before, last, next] = [terms[i - 1], terms[i]!, terms[i + 1]];
  if (DAY_NUMBER.test(last.text.replace(/,$/u, '')) && YEAR.test(next?.text ?? '') && MONTH.test(before?.text ?? '')) return true;
  return (
    YEAR.test(last.text.replace(/,$/u, '')) &&
    DAY_NUMBER.test((before?.text ?? '').replace(/,$/u, '')) &&
    MONTH.test(terms[i - 2]?.text ?? '')
  );
}

/**
 * "that" before a singular common noun points at it ("rejected that claim"); before a plural ("confirmed that
 * negotiations"), a name or "the" it opens a clause.
 */
const pointsAtNoun = (next: Term) =>
  next.tags.has('Noun') && !next.tags.has('Plural') && !next.tags.has('ProperNoun') && !next.tags.has('Pronoun');

/** Whether a bracket or a double quotation mark opened in `text` is still open: a cut there would strand it. */
function isOpen(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length;
  return count(/[([]/gu) > count(/[)\]]/gu) || count(/“/gu) > count(/”/gu) || count(/"/gu) % 2 === 1;
}

/** A bare or -ing verb before a preposition still wants what follows ("to better identify ...", "focused on designing ..."). */
const wantsObject = (last: Term) => last.tags.has('Verb') && hasAny(last, ['Infinitive', 'Gerund']) && !/[,;:–—]/u.test(last.post);

/** A verb before "to" wants what it is to do: "Virgin Blue ... expects | to post a profit", "the council agreed | to". */
const wantsInfinitive = (last: Term, next: Term) =>
  next.normal === 'to' && last.tags.has('Verb') && !last.tags.has('Gerund') && !/[,;:–—]/u.test(last.post);

/** "three days | after it emerged", "shortly | before": a span of time and the clause it is measured to are one phrase. */
const measuresTimeTo = (last: Term, next: Term) =>
  ['after', 'before', 'since', 'until'].includes(next.normal) &&
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|moments?|shortly|soon|just|long|later|earlier)$/u.test(last.normal) &&
  !/[,;:–—]/u.test(last.post);

/** A clause's verb with nothing after it yet ("a storm hurtled"), no comma closing it. */
const endsOnVerb = (last: Term) => last.tags.has('Verb') && !last.tags.has('Gerund') && !/[,;:–—]/u.test(last.post);

const isCapitalised = (term: Term) => /^\p{Lu}/u.test(term.text);

/**
 * "in response | to", "in addition | to", "with regard | to": "in", "with" or "on", a noun, then "to" and no verb is
 * one preposition ("a package of measures | to help" is not); so is "in", a noun, then "with".
 */
function insideComplexPreposition(before: Term | undefined, last: Term, next: Term, after: Term | undefined): boolean {
  return (
    // "in connection | with", "in line | with", "in talks | with": the same with "with".
    (next.normal === 'to' || (next.normal === 'with' && before?.normal === 'in')) &&
    ['in', 'with', 'on'].includes(before?.normal ?? '') &&
    last.tags.has('Noun') &&
    !/[,;:–—]/u.test(last.post) &&
    !(after?.tags.has('Verb') ?? false)
  );
}

function isBoundary(last: Term, next: Term, after: Term | undefined, capitalsMarkNames: boolean): boolean {
  if (/[,;:–—]/u.test(last.post)) return true;
  // Not inside a word joined by a hyphen ("tear | -gassing").
  if (last.post === '-') return false;
  // Not inside a name: "Privacy and Civil Liberties Oversight Board", "Department of Housing and Urban Development".
  if (capitalsMarkNames && isCapitalised(last) && after !== undefined && isCapitalised(after) && !/[,;:–—]/u.test(last.post)) return false;
  // Not before "of": it belongs to the noun before it ("the outcome of", "the Office of Foreign Assets Control"); nor
  // before "than" ("more | than 2,300"), nor inside nouns joined by "and" or "or" ("women | and children").
  if (next.normal === 'of' || next.normal === 'than') return false;
  if (['and', 'or'].includes(next.normal) && last.tags.has('Noun') && after?.tags.has('Noun') && !after.tags.has('Determiner'))
    return false;
  if (hasAny(next, OPENING_TAGS) || OPENING_WORDS.has(next.normal)) return true;
  // A participle opening a phrase about the noun before it: "a planet larger than Earth | orbiting a nearby star"
  // (not a verb made of two words, "for tear | gassing him").
  if (next.tags.has('Gerund') && last.tags.has('Noun') && !last.tags.has('Pronoun') && after !== undefined && !after.tags.has('Pronoun'))
    return true;
  // A two-word preposition: "regardless of", "ahead of", "according to", "due to".
  // Not a comparison: "slightly | larger than Earth".
  return (
    after !== undefined &&
    !hasAny(next, ['Noun', 'Verb']) &&
    after.tags.has('Preposition') &&
    after.normal !== 'than' &&
    /^\s+$/u.test(next.post)
  );
}
