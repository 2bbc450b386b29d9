import type { ArticleLayout, Passage, QuoteSpot } from './article-layout';
import type { Entity } from './entity-registry';
import { isAccordingSource, type Antecedent } from './resolve-speaker';
import { sentenceStarts } from './speech-cues';
import { SPEECH_VERB_PATTERN } from './speech-verbs';
import { NAME_JOINERS, TITLE_WORDS } from './name-words';
import { isKnownRoleNoun } from './role-nouns';

/**
 * What the speaker model looks at for one candidate speaker of one quotation: what the cue rules said, where the
 * candidate stands (before or after the quotation, how far, in which paragraph), whether a speech verb links them,
 * and how prominent the candidate is in the article. Every feature is a number in [0, 1]; the names are the keys of
 * the weights in speaker-weights.json, so adding one means training again (scripts/speakers/train.ts).
 */
export const SPEAKER_FEATURE_NAMES = [
  'bias',
  'ruleCue',
  'ruleCarried',
  'quoteHasRule',
  'sameParagraphBefore',
  'sameParagraphAfter',
  'sameSentence',
  'passagesBack',
  'distance',
  'verbNext',
  'verbBetween',
  'lastPerson',
  'lastPersonOpening',
  'previousSpeaker',
  'previousSpeakerOpening',
  'salience',
  'topPerson',
  'person',
  'organisation',
  'description',
  'opensParagraph',
  'firstPerson',
  'colonBefore',
  'onlyCandidate',
  'sentenceSubject',
  'verbAdjacent',
  'roleName',
  'oddName',
] as const;

export type SpeakerFeatureName = (typeof SPEAKER_FEATURE_NAMES)[number];
export type SpeakerFeatures = Record<SpeakerFeatureName, number>;

/** What the cue rules of speakers.ts made of one quotation. */
export type RulePick = {
  entity: Entity | null;
  how: 'cue' | 'paragraph' | 'continued' | 'kind' | 'none';
  /** the text rules out a speaker: a scare quote, a passive report, a speaker it keeps unnamed */
  blocked?: boolean;
  /** carried from the paragraph before: the quotation (its index) whose speaker this one continues */
  from?: number;
  /** the cue after the closing mark of a quotation running over paragraphs named it: see attributeRunFromItsEnd */
  runEnd?: boolean;
};

/** One possible speaker of a quotation: an entity the article names near it, or the one the rules picked. */
export type SpeakerCandidate = { entity: Entity; features: SpeakerFeatures };

/** Paragraphs back from the quotation's own where a named person may still be the one speaking. */
const PASSAGES_BACK = 3;
/** How many places naming someone, nearest first, are looked at on each side of a quotation. */
const NEAREST = 40;
const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|according to)(?![\p{L}])`, 'u');
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|me|my|we|we['’]re|our|us)(?![\p{L}'’])/iu;
const SENTENCE_END = /[.!?]["”’]?\s+["“‘]?\p{Lu}/u;

/**
 * "Council member Bill Spelman said it was too late for cuts like those Leffingwell proposed.": a person named inside
 * what someone is reported to have said is not the last one to speak; the one the sentence has say it is. The
 * person named before `last` in its sentence whose words a speech verb right after the name reports, or "according
 * to" before it, if any.
 */
function reporterOf<T extends { at: number; passage: number; entity: Entity }>(last: T, near: readonly T[], text: string): T | undefined {
  const earlier = near.filter((place) => place.at < last.at && place.passage === last.passage && place.entity.kind === 'person');
  for (const place of earlier.reverse()) {
    if (place.entity === last.entity || SENTENCE_END.test(text.slice(place.at, last.at))) return undefined;
    if (SPEECH_VERB.test(text.slice(place.at, Math.min(last.at, place.at + REPORTING_REACH)))) return place;
    // "According to Sekou Nkrumah, no amount of lies will bring back Mahama": the words are the one's named first.
    if (isAccordingSource(text, place.at, last.at)) return place;
  }
  return undefined;
}

/** How far after a name its speech verb may stand: "Bill Spelman said", "Jane Roe, the mayor, told reporters". */
const REPORTING_REACH = 60;
// A speech verb right after the name ("Klein said", "Mnuchin issued") or right before it ("said Klein").
const VERB_AFTER = new RegExp(String.raw`^[^.!?“”"]{0,40}?(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|issued|according)(?![\p{L}])`, 'u');
const VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|according to)\s+(?:[\p{L}.'’-]+\s+){0,8}$`, 'u');

/** A name made only of titles and role words ("Social Media Manager", "CTO"): a role the tagger took for a name. */
function isRoleName(name: string): boolean {
  const words = name.split(/\s+/u).filter((word) => !NAME_JOINERS.has(word.toLowerCase()));
  return (
    words.length > 0 &&
    words.every((word) => isKnownRoleNoun(word.toLowerCase()) || TITLE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')))
  );
}

/** A name no one is called: lower-case first word, a bracket left open, an initial before a common noun ("S. Immigration"). */
const ODD_NAME = /^(?:\p{Ll}|.*[([][^)\]]*$|\p{Lu}\.\s+\p{Lu}\p{Ll}+$)/u;

type Where = { passage: number; at: number };

/**
 * The candidates for every quotation (in layout order; none for other kinds and continued parts, which take
 * the speaker of what they continue). `picks` are the rules' attributions, `antecedents` every place the article
 * names or refers to someone outside quotations.
 */
export function speakerCandidates(
  layout: ArticleLayout,
  picks: readonly RulePick[],
  antecedents: readonly Antecedent[],
  nameOf: (entity: Entity) => string,
): SpeakerCandidate[][] {
  const { text, quotes, passages } = layout;
  const passageAt = (at: number): number => passages.findIndex((passage) => at >= passage.start && at <= passage.end);
  const places = antecedents
    .filter((antecedent) => antecedent.entity.kind === 'person' || antecedent.entity.kind === 'organisation')
    .map((antecedent) => ({ ...antecedent, passage: passageAt(antecedent.at) }))
    .filter((place) => place.passage >= 0 && passages[place.passage]?.kind === 'paragraph')
    .sort((a, b) => a.at - b.at);
  const placeStarts = places.map((place) => place.at);
  const mentionCount = new Map<string, number>();
  for (const place of places) mentionCount.set(nameOf(place.entity), (mentionCount.get(nameOf(place.entity)) ?? 0) + 1);
  const topCount = Math.max(
    0,
    ...places.filter((place) => place.entity.kind === 'person').map((place) => mentionCount.get(nameOf(place.entity)) ?? 0),
  );

  const sentenceStartsOf = new Map<number, number[]>();
  let previousPick = -1;
  return quotes.map((quote, k) => {
    const pick = picks[k];
    const lastPick = previousPick;
    if (pick?.entity && pick.how !== 'kind') previousPick = k;
    if (!pick || pick.how === 'kind' || pick.how === 'continued' || pick.blocked) return [];
    const own = passages.findIndex((passage) => passage.kind === 'paragraph' && passage.block === quote.block);
    const paragraph = passages[own];
    if (!paragraph) return [];
    // Offsets are read from bounded slices and sorted lists: an article may be one paragraph of 8,000 quotations.
    let starts = sentenceStartsOf.get(own);
    if (!starts) {
      starts = sentenceStarts(text.slice(paragraph.start, paragraph.end));
      sentenceStartsOf.set(own, starts);
    }
    const sentenceStart = paragraph.start + (starts[firstAtOrAfter(starts, quote.outerStart - paragraph.start) - 1] ?? 0);
    const windowStart = passages[Math.max(0, own - PASSAGES_BACK)]?.start ?? 0;
    const firstBefore = Math.max(firstAtOrAfter(placeStarts, windowStart), firstAtOrAfter(placeStarts, quote.outerStart) - NEAREST);
    const firstAfter = firstAtOrAfter(placeStarts, quote.outerEnd);
    const near = [
      ...places.slice(firstBefore, firstAtOrAfter(placeStarts, quote.outerStart)),
      ...places.slice(firstAfter, firstAfter + NEAREST).filter((place) => place.passage === own),
    ];
    const byName = new Map<string, { entity: Entity; before?: Where; after?: Where }>();
    for (const place of near) {
      const name = nameOf(place.entity);
      const entry = byName.get(name) ?? { entity: place.entity };
      if (place.at < quote.outerStart) entry.before = { passage: place.passage, at: place.at };
      else entry.after ??= { passage: place.passage, at: place.at };
      byName.set(name, entry);
    }
    if (pick.entity) {
      const name = nameOf(pick.entity);
      if (!byName.has(name)) byName.set(name, { entity: pick.entity });
    }
    const subject = near.find((place) => place.at >= sentenceStart && place.at < quote.outerStart);
    const lastNamed = near.filter((place) => place.at < quote.outerStart && place.entity.kind === 'person').at(-1);
    const lastPerson = lastNamed && (reporterOf(lastNamed, near, text) ?? lastNamed);
    const previous = lastPick >= 0 && own - passageOfQuote(quotes[lastPick], passages) <= PASSAGES_BACK ? picks[lastPick] : undefined;
    const lead = text.slice(Math.max(paragraph.start, quote.outerStart - 12), quote.outerStart);
    const opensParagraph = quote.outerStart - paragraph.start <= 12 && /^[\s*_•]*$/u.test(lead) ? 1 : 0;
    // "... questions like these:" or "Quotes from participants:": a paragraph that announces the quotations after it
    // names their speaker where the cue rules read it, or names none.
    const previousPassage = passages[own - 1];
    const announced =
      previousPassage?.kind === 'paragraph' &&
      /:\s*$/u.test(text.slice(Math.max(previousPassage.start, previousPassage.end - 12), previousPassage.end));
    if (opensParagraph && announced && !pick.entity) return [];
    const quoted = text.slice(quote.start, quote.end);
    const colonBefore = /:\s*$/u.test(lead) ? 1 : 0;
    const quoteHasRule = pick.entity ? 1 : 0;
    const candidates: SpeakerCandidate[] = [];
    for (const [name, { entity, before, after }] of byName) {
      const isPick = pick.entity !== null && nameOf(pick.entity) === name;
      const nearest = before && (!after || after.passage !== own || before.passage === own) ? before : (after ?? before);
      const distance = nearest ? (nearest.at < quote.outerStart ? quote.outerStart - nearest.at : nearest.at - quote.outerEnd) : 2000;
      const sameBefore = before?.passage === own ? 1 : 0;
      const sameAfter = after ? 1 : 0;
      const sameSentence =
        (before && before.at >= sentenceStart) || (after && !SENTENCE_END.test(text.slice(quote.outerEnd, after.at))) ? 1 : 0;
      const verbNext = [before, after].some(
        (where) => where && SPEECH_VERB.test(text.slice(Math.max(0, where.at - 25), Math.min(text.length, where.at + 60))),
      )
        ? 1
        : 0;
      const verbBetween =
        (before && before.passage === own && SPEECH_VERB.test(text.slice(before.at, quote.outerStart))) ||
        (after && SPEECH_VERB.test(text.slice(quote.outerEnd, after.at + 1)))
          ? 1
          : 0;
      const isLast = lastPerson !== undefined && nameOf(lastPerson.entity) === name ? 1 : 0;
      const isPrevious = previous?.entity && nameOf(previous.entity) === name ? 1 : 0;
      const count = mentionCount.get(name) ?? 0;
      candidates.push({
        entity,
        features: {
          bias: 1,
          ruleCue: isPick && pick.how === 'cue' ? 1 : 0,
          ruleCarried: isPick && pick.how === 'paragraph' ? 1 : 0,
          quoteHasRule,
          sameParagraphBefore: sameBefore,
          sameParagraphAfter: sameAfter,
          sameSentence,
          passagesBack: before && !sameBefore && !sameAfter ? Math.min(PASSAGES_BACK, own - before.passage) / PASSAGES_BACK : 0,
          distance: Math.min(1, Math.log1p(distance) / 8),
          verbNext,
          verbBetween,
          lastPerson: isLast,
          lastPersonOpening: isLast * opensParagraph,
          previousSpeaker: isPrevious,
          previousSpeakerOpening: isPrevious * opensParagraph,
          salience: Math.min(1, Math.log1p(count) / 3),
          topPerson: entity.kind === 'person' && count === topCount && count > 0 ? 1 : 0,
          person: entity.kind === 'person' ? 1 : 0,
          organisation: entity.kind === 'organisation' ? 1 : 0,
          description: entity.kind === null ? 1 : 0,
          opensParagraph,
          firstPerson: FIRST_PERSON.test(quoted) ? 1 : 0,
          colonBefore,
          onlyCandidate: byName.size === 1 ? 1 : 0,
          sentenceSubject: subject && nameOf(subject.entity) === name ? 1 : 0,
          verbAdjacent: [before, after].some(
            (where) =>
              where &&
              (VERB_AFTER.test(text.slice(where.at + Math.min(name.length, 40), where.at + 80)) ||
                VERB_BEFORE.test(text.slice(Math.max(0, where.at - 60), where.at))),
          )
            ? 1
            : 0,
          roleName: isRoleName(name) ? 1 : 0,
          oddName: ODD_NAME.test(name) ? 1 : 0,
        },
      });
    }
    return candidates;
  });
}

/** The index of the first of `sorted` that is at least `at` (its length when none is). */
function firstAtOrAfter(sorted: readonly number[], at: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

function passageOfQuote(quote: QuoteSpot | undefined, passages: readonly Passage[]): number {
  return quote ? passages.findIndex((passage) => passage.kind === 'paragraph' && passage.block === quote.block) : -Infinity;
}
