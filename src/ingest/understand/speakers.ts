import type { Block, QuoteKind } from '../../article/article-schema';
import type { ArticleLayout, QuoteSpot } from './article-layout';
import { fullerPeopleOf, type Entity, type EntityRegistry } from './entity-registry';
import type { Mention } from './name-mentions';
import { ONLY_MARKUP } from '../text/quotations';
import { speakerTagName } from '../text/speaker-tag';
import { answerSpeakers } from './interview-answers';
import { narratorOf } from './narrator';
import { NEWS_AGENCIES } from './news-agencies';
import { JOINING_QUOTES, WHAT_ONE_CALLED } from './quote-kinds';
import {
  type Antecedent,
  BODY_NOUNS,
  followsPreposition,
  isKinOfNamed,
  resolveSpeaker,
  type SpeakerContext,
  type Spokesperson,
} from './resolve-speaker';
import { isKnownRoleNoun, isPersonNoun, isRoleNoun, PEOPLE_NOUNS, ROLE_GROUPS, SOMEONE_NOUNS, SPEAKS_FOR } from './role-nouns';
import { cleanName, fullPersonName, personAfterRole } from './speaker-name';
import {
  agentOfDescribing,
  COURT_PAPERS,
  cueAfter,
  cueAfterOwnClause,
  cueBefore,
  HANDLE,
  lastSentenceStart,
  sentenceStarts,
  type SpeakerPhrase,
} from './speech-cues';
import { SPEECH_VERB_PATTERN, SPEECH_VERB_WORD } from './speech-verbs';
import { lexiconTags } from './tagged-terms';
import { speakerCandidates, type RulePick, type SpeakerCandidate } from './speaker-features';
import type { LogisticModel } from '../logistic-model';
import { bestCandidate, trainedSpeakerModel } from './speaker-model';

/** Who said a quotation: a person named in full, or a body or description when the text names no person. */
export type Speaker = { name: string; kind: 'person' | 'description' };

type Attribution = RulePick;

// A sentence whose subject is "he" or "she", after an opening phrase at most, and whose verb reports speech.
const PRONOUN_REPORTS = new RegExp(
  String.raw`^\s*(?:[^.!?"“”,]{1,80},\s+)?(he|she)\s+(?:\p{Ll}+ly\s+)?(?:${SPEECH_VERB_PATTERN})(?![\p{L}])`,
  'du',
);
const REPORTED_SPEECH = new RegExp(String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|speech|statement|interview|addressed)(?![\p{L}])`, 'u');

/**
 * Who said each quotation, in article order. The cue rules propose (a cue next to the quotation, the speaker of
 * its paragraph's other quotations, of the paragraph before, of the quotation it continues); a learned model
 * (speaker-model.ts) weighs their pick against the other people and bodies named near the quotation, and gives no
 * speaker when none is likely enough. A continued part has the speaker of what it continues.
 */
export function attributeSpeakers(
  layout: ArticleLayout,
  registry: EntityRegistry,
  mentions: readonly Mention[],
  kinds: readonly QuoteKind[] = [],
  model: LogisticModel = trainedSpeakerModel,
): (Speaker | null)[] {
  const { picks, candidates, speakerOf } = speakerChoices(layout, registry, mentions, kinds);
  const chosen: (Speaker | null)[] = [];
  layout.quotes.forEach((quote, k) => {
    const from = picks[k]?.from;
    const carried = from === undefined ? null : (chosen[from] ?? null);
    if ((kinds[k] ?? 'quotation') !== 'quotation') chosen.push(null);
    else if (quote.continued && k > 0) chosen.push(chosen[k - 1] ?? null);
    // "“...,” a police spokesman said. ¶ “The man was arrested ...": a paragraph that is nothing but a quotation goes
    // on with the body or description whose words closed the paragraph before. The model weighs a person against the
    // others named near; a body it has too few such examples of to learn (every body named near a quotation counts
    // against bodies), so the rules' carry stands for one. Not when the paragraph says more ("“...” Neighbour Ann
    // Brant was woken by the crash."): the model weighs that.
    else if (
      carried?.kind === 'description' &&
      picks[k]?.entity &&
      speakerOf(picks[k].entity).name === carried.name &&
      isOnlyQuotation(layout, quote)
    )
      chosen.push(carried);
    // "“...,” said Mansfield’s daughter.": the cue names her by the one named beside her, whom the model, weighing
    // names near the quotation, would take instead; the words are hers.
    else if (picks[k]?.how === 'cue' && picks[k]?.entity && isKinOfNamed(picks[k].entity.name)) chosen.push(speakerOf(picks[k].entity));
    // "“We urge ... ¶ “Since any increase ...,” the JCC stated.": a quotation running over paragraphs is said by the one
    // its last part names after its closing mark, however far back its first part opens (the model weighs distance,
    // and a body's too little: 0.17 for that one).
    else if (picks[k]?.runEnd && picks[k]?.entity) chosen.push(speakerOf(picks[k].entity));
    else {
      const best = bestCandidate(candidates[k] ?? [], model.weights);
      const picked = best && best.p >= model.threshold ? speakerOf(best.candidate.entity) : null;
      chosen.push(picked ?? (isOnlyQuotation(layout, quote) ? describedReporterBefore(layout, quote) : null));
    }
  });
  return chosen;
}

// Cries a witness reports, besides the verbs of speech.
const OUTCRY = /(?<![\p{L}])(?:shouted|chanted|screamed|yelled|read|reads)(?![\p{L}])/u;
const MESSAGE_NOUN =
  /(?<![\p{L}])(?:note|notes|letter|letters|sign|signs|placard|placards|banner|banners|chant|chants|slogan|slogans|post|posts|message|messages|statement|email|text|tweet|poster|leaflet)(?![\p{L}])/u;
const REPORTS_AFTER_SUBJECT =
  /^\s+(?:\p{Ll}+ly\s+|also\s+|further\s+)?(?:said|says|told|added|claimed|claims|stated|explained|noted|argued|insisted|warned|alleged|revealed|disclosed|confirmed|maintained)\b/u;

/**
 * "The source also claimed that 90 per cent of pupils failed. ¶ “The school gets remedial students ...”": a paragraph
 * that is nothing but a quotation, after one whose last sentence reports someone unnamed speaking, goes on with them
 * (when the model found no one: a person named there it weighs itself). A person described, not a body: "The council
 * said ..." may be a body the text names.
 */
function describedReporterBefore(layout: ArticleLayout, quote: QuoteSpot): Speaker | null {
  const own = layout.passages.findIndex((passage) => passage.block === quote.block);
  const before = layout.passages[own - 1];
  if (own < 1 || before?.kind !== 'paragraph') return null;
  const paragraph = layout.text.slice(before.start, before.end);
  const sentence = paragraph.slice(sentenceStarts(paragraph).at(-1) ?? 0);
  if (/["“”]/u.test(sentence)) return null;
  const cue = cueBefore(sentence, 0);
  if (!cue || cue.start !== 0) return null;
  const reported = REPORTS_AFTER_SUBJECT.exec(sentence.slice(cue.text.length));
  if (!reported) return null;
  // "A witness said the gunman shouted before opening fire. ¶ “Everybody down!”": what was reported has a speaker of
  // its own, or is a message (a note, a sign, a chant), whose words the quotation may be.
  const what = sentence.slice(cue.text.length + reported[0].length);
  if (SPEECH_VERB_WORD.test(what) || OUTCRY.test(what) || MESSAGE_NOUN.test(what)) return null;
  const described = describedSpeaker(cue.text, false, true);
  const head = cue.text.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return described && (isPersonNoun(head) || UNNAMED_HEADS.has(head)) ? { name: cleanName(described.name), kind: 'description' } : null;
}

/** Whether the quotation's paragraph holds nothing else but marks and spaces (its last part may run on unclosed). */
function isOnlyQuotation(layout: ArticleLayout, quote: QuoteSpot): boolean {
  const paragraph = layout.passages.find((passage) => passage.block === quote.block);
  if (!paragraph) return false;
  const outside = layout.text.slice(paragraph.start, quote.outerStart) + layout.text.slice(quote.outerEnd, paragraph.end);
  return /^[\s\p{P}]*$/u.test(outside);
}

/** The cue rules' pick for every quotation and the candidates the model chooses among (what training reads too). */
export function speakerChoices(
  layout: ArticleLayout,
  registry: EntityRegistry,
  mentions: readonly Mention[],
  kinds: readonly QuoteKind[] = [],
): { picks: RulePick[]; candidates: SpeakerCandidate[][]; speakerOf: (entity: Entity) => Speaker } {
  const antecedents: Antecedent[] = mentions
    .filter((mention) => !mention.inQuote && !mention.inHeadline)
    .flatMap((mention) => {
      const entity = registry.entityOf.get(mention);
      return entity ? [{ entity, at: mention.start, sentence: mention.sentence }] : [];
    });
  const spokespeople: Spokesperson[] = [];
  const context = { registry, mentions, antecedents, spokespeople, narrator: narratorOf(layout, registry, mentions), text: layout.text };
  const sentenceOf = sentenceFinder(layout.text, mentions);
  addReportingSubjects(layout, context, sentenceOf);
  const results: Attribution[] = [];
  const { text, quotes } = layout;
  // `spokesperson`: the pronoun a body's spokesperson who gave the quotation takes ("he" for a spokesman, "they" when
  // the text does not say), null when no spokesperson gave it.
  let described: { entity: Entity; block: number; quote: number; spokesperson: 'he' | 'she' | 'they' | null } | null = null;
  // "“Through timely intervention, ...\n\n“... adjoining structures,” Mu’azu stated.": a quotation over several
  // paragraphs whose first part has no cue is said by the one its last part names after its closing mark.
  const attributeRunFromItsEnd = (quote: QuoteSpot, k: number): void => {
    let head = k;
    while (head > 0 && quotes[head]?.continued) head -= 1;
    const first = results[head];
    if (!first || first.entity || first.how !== 'none' || first.blocked) return;
    const next = quotes[k + 1];
    const paragraph = layout.passages.find((passage) => passage.block === quote.block) ?? { start: 0, end: text.length };
    const afterEnd = next?.block === quote.block ? next.outerStart : paragraph.end;
    const before = text.slice(paragraph.start, quote.outerStart);
    // The last part's own cue, read as any quotation's is (a new sentence after its closing stop names no speaker).
    const cue = findCue(quote, text, before, paragraph.start, text.slice(quote.outerEnd, afterEnd));
    const entity = cue ? resolveSpeaker(cue.text, cue.start, context) : null;
    if (!entity) return;
    results[head] = { entity, how: 'cue', runEnd: true };
    for (let part = head + 1; part <= k; part += 1) results[part] = { entity, how: 'continued' };
  };
  quotes.forEach((quote, k) => {
    // A term, title, nickname, slogan or scare quote is nobody's words: no speaker, and none to pass on.
    if ((kinds[k] ?? 'quotation') !== 'quotation') {
      results.push({ entity: null, how: 'kind' });
      return;
    }
    const previous = quotes[k - 1];
    const next = quotes[k + 1];
    const paragraph = layout.passages.find((passage) => passage.block === quote.block) ?? { start: 0, end: text.length };
    if (quote.continued && previous) {
      results.push({ entity: results[k - 1]?.entity ?? null, how: 'continued' });
      attributeRunFromItsEnd(quote, k);
      return;
    }
    const beforeStart = previous?.block === quote.block ? previous.outerEnd : paragraph.start;
    const afterEnd = next?.block === quote.block ? next.outerStart : paragraph.end;
    const before = text.slice(beforeStart, quote.outerStart);
    const after = text.slice(quote.outerEnd, afterEnd);
    const cue = findCue(quote, text, before, beforeStart, after);
    // "police", "US officials": many people, none of them one the article names (nor the place "US"). A capitalised
    // word may be a name ("Myers"): resolved first, and a group only when it names no one (describedSpeaker).
    const group = cue && /\s\p{Ll}+$|^\p{Ll}+$/u.test(cue.text) ? groupOfPeople(cue.text) : null;
    // "“...,” a party source told Efe. “...,” they added": "they" right after a described speaker's quotation, in its
    // paragraph or the next, is that one (the body it spoke to is the last named); so is "it" after a body's or a
    // document's ("“...,” according to the coast guard. “...,” it added."), unless another body is named between.
    const pronoun = cue?.text.trim().toLowerCase() ?? '';
    // The described speaker's own quotation, or one after it in its paragraph that no cue gave another.
    const describedLast =
      described !== null &&
      (described.quote === k - 1 ||
        (quotes[k - 1]?.block === described.block &&
          results.slice(described.quote + 1, k).every((result) => result.how !== 'cue') &&
          !someoneNamedBetween(context, quotes[described.quote]?.outerEnd ?? 0, cue?.start ?? quote.outerStart)));
    const describedBefore =
      described !== null &&
      describedLast &&
      quote.block - described.block <= 1 &&
      (pronoun === 'they' ||
        // "A spokesman from the Emergency Service Agency said ... \n\n“...,” he said.": the spokesman again, when the
        // quotation opens its paragraph ("The company’s chief executive rejected claims. “...,” he said" is someone new).
        ((pronoun === 'he' || pronoun === 'she') &&
          (described.spokesperson === pronoun || described.spokesperson === 'they') &&
          text.slice(paragraph.start, quote.outerStart).trim() === '' &&
          !someoneNamedBetween(context, quotes[k - 1]?.outerEnd ?? 0, cue?.start ?? quote.outerStart)) ||
        (pronoun === 'it' &&
          isBodyDescription(described.entity.name) &&
          !bodyNamedBetween(context, quotes[k - 1]?.outerEnd ?? 0, cue?.start ?? 0)))
        ? described.entity
        : null;
    const entity = describedBefore ?? (cue && !group ? resolveSpeaker(cue.text, cue.start, context) : null);
    if (cue) noteSpeaker(context, entity, cue, sentenceOf(cue.start));
    // "a contracting officer said", "the report from Yesmail states": nobody named, so the description speaks.
    const speaker = entity ?? (cue ? describedSpeaker(cue.text, cue.start >= quote.outerEnd, bodyNamedBefore(context, cue.start)) : null);
    // A body that spoke through a spokesperson is "he" or "she" after, as a description is "they".
    const spokesperson = cue === null ? null : spokespersonPronoun(text.slice(Math.max(0, cue.start - 40), cue.start + cue.text.length));
    if (speaker && (speaker !== entity || spokesperson !== null))
      described = { entity: speaker, block: quote.block, quote: k, spokesperson };
    // "The key points: “...”" read as a subject and a verb names no one: no cue, so nothing is blocked.
    const found = cue?.tentative && !speaker ? null : cue;
    // The text says the words are no one's here ("so-called"), not the subject's ("had been told that ..."), or
    // someone's it keeps unnamed ("as one Western diplomat put it"): no one else near is their speaker either.
    const blocked = SCARE_LEAD.test(before) || (!found && isPassiveLead(before)) || (found !== null && speaker === null);
    results.push({ entity: speaker, how: found ? 'cue' : 'none', blocked });
  });
  answerSpeakers(layout, registry, results);
  carryOver(layout, results, context);
  const names = new Map<Entity, Speaker>();
  const speakerOf = (entity: Entity): Speaker => {
    const known = names.get(entity);
    if (known) return known;
    const person = fullerPerson(entity, registry) ?? (entity.kind === 'person' ? entity : null);
    const inRole = person ? null : personAfterRole(entity.name);
    const speaker: Speaker = person
      ? { name: fullPersonName(person.name, text), kind: 'person' }
      : inRole
        ? { name: inRole, kind: 'person' }
        : { name: cleanName(entity.name), kind: 'description' };
    names.set(entity, speaker);
    return speaker;
  };
  const candidates = speakerCandidates(layout, results, antecedents, (entity) => speakerOf(entity).name);
  return { picks: results, candidates, speakerOf };
}

/**
 * "Ammie" when the article introduced "Ammie Farraj Feijoo" but the names were not joined (the tagger may not even
 * have taken the short one for a person): the one person whose fuller name starts or ends with the short one.
 * Two such people ("Bush" with "George W. Bush" and "Laura Bush") leave the short name as it is.
 */
function fullerPerson(entity: Entity, registry: EntityRegistry): Entity | null {
  const { words } = entity;
  // A description has no name words, so every name would start with them. "the mayor" or "the 45-year-old" in an
  // article naming one person is that person; "a contracting officer" and "the Indian Express" are not.
  // Nor is a group ("police", "local officials") or one who speaks for a body ("the spokesman for the force").
  if (words.length === 0 && (!THE_ROLE.test(entity.name) || isTheBodyName(entity.name) || namesNoPerson(entity.name))) return null;
  const fuller = fullerPeopleOf(entity, registry);
  const distinct = new Set(fuller.map((other) => other.name));
  return distinct.size === 1 ? (fuller[0] ?? null) : null;
}

/** "the coast guard", "the report": a description whose head is a body or a document, which "it" may point back to. */
function isBodyDescription(description: string): boolean {
  const head = descriptionHead(description);
  return DOCUMENT_HEADS.has(head) || BODY_NOUNS.has(head);
}

/** The noun a description is about: the last word before "of" or "for" ("the spokesman for the force": spokesman). */
function descriptionHead(description: string): string {
  return (description.split(/\s+(?:of|for)\s+/u)[0] ?? '').split(/\s+/u).at(-1)?.toLowerCase() ?? '';
}

/** Whether the article's body names a body before `at`: one a bare "a spokesman" may speak for. */
function bodyNamedBefore(context: Pick<SpeakerContext, 'antecedents'>, at: number): boolean {
  return context.antecedents.some((antecedent) => antecedent.at < at && antecedent.entity.kind === 'organisation');
}

/** Whether a person or a body is named between two places ("... Tom and Ann Reyes joined the protest. “...”"). */
function someoneNamedBetween(context: SpeakerContext, from: number, to: number): boolean {
  return context.antecedents.some((antecedent) => antecedent.at > from && antecedent.at < to && antecedent.entity.kind !== 'place');
}

/** Whether a body is named between two places ("... Harbour Primary School apologised. “...,” it said."). */
function bodyNamedBetween(context: SpeakerContext, from: number, to: number): boolean {
  return context.antecedents.some((antecedent) => antecedent.at > from && antecedent.at < to && antecedent.entity.kind === 'organisation');
}

/**
 * "the report", "the council": a document or a body, which is never the one person an article names; nor is "the
 * hospital spokesperson", who speaks for a body. In "According to
 * the report, the harbour “will need dredging”" the report speaks, not the councillor quoted before it.
 */
function namesNoPerson(description: string): boolean {
  const head = descriptionHead(description);
  return isDocumentHead(head) || BODY_NOUNS.has(head) || SPOKESPEOPLE.has(head);
}

// A description opens with an article, "one" or "both" ("one resident said", as LABELLING.md words it; "both letters
// read"); "his", "its" and "their" point back to someone named. "a spokesperson for the trust" is the trust speaking
// (resolve-speaker finds it when it can).
const DESCRIPTION = /^(?:the|a|an|one|another|some|several|both)\s+(?!.*\s(?:for|of)\s+the\s)\S/iu;
// "the UN Panel of Experts report on Haiti": what it is about is no part of who speaks.
const ABOUT = /\s+(?:on|about|regarding)\s.*$/u;

// Documents speak too: "the executive order explains", "the report from Yesmail states".
const DOCUMENT_HEADS = new Set([
  'report',
  'order',
  'memo',
  'handbook',
  'study',
  'analysis',
  'survey',
  'statement',
  'release',
  'circular',
  'advisory',
  'alert',
  'bulletin',
  // "“No road through our valley,” the signs read.": a protest's signs.
  'sign',
  'notice',
  'page',
  'website',
  'letter',
  'guidance',
  'regulations',
  'rule',
  'law',
  'bill',
  'paper',
  'review',
  'resolution',
  'declaration',
  'communique',
  'communiqué',
  'document',
  ...COURT_PAPERS,
  'judgment',
  'judgement',
  // "the published decision said", "according to the 14-page verdict", "the ad states", "the vacancy text reads".
  'decision',
  'verdict',
  'ruling',
  'ad',
  'advert',
  'advertisement',
  'posting',
  'text',
]);
/** A document's noun, one or several alike ("the report", "both termination letters", "the signs"). */
function isDocumentHead(head: string): boolean {
  return DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head.replace(/s$/u, ''));
}
// "a party source told Efe", "a government insider": one who speaks unnamed (no role noun elsewhere: "Open Source").
const UNNAMED_HEADS = new Set(['source', 'insider']);
// Words that end a noun phrase: a cue's phrase holding one ran past its subject ("the participant is").
const NOT_IN_NOUN_PHRASE = /^(?:Copula|Conjunction|Adverb|PresentTense|PastTense|Gerund|Pronoun|Preposition|QuestionWord)$/u;
const JOINING = new Set(['of', 'for', 'from', 'at']);
/** "one of the ZimParks rangers", "one of its engineers": the group's noun, in the plural, last. */
const ONE_OF_GROUP = /^[Oo]ne of (?:the|its|their|his|her|our)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(\p{Ll}{3,}s)$/u;
const SPOKESPEOPLE = new Set(ROLE_GROUPS.find((group) => group.includes('spokesperson')));

/**
 * A speaker that is a description, not a named entity: stands for itself, and nothing points back to it. `after`:
 * the phrase comes after the quotation; `bodyBefore`: the article names a body before it.
 */
function describedSpeaker(phrase: string, after: boolean, bodyBefore: boolean): Entity | null {
  // "…,” the Indian Express reported": a body's own name after "the", which the tagger may not know for one ("on" is
  // part of "the Project on Government Oversight"). Only after the quotation: before it, "The Atlantic reported that
  // Roe told staff: “…”" names the outlet that carries someone else's words.
  const whole = phrase.trim();
  if (after && isTheBodyName(whole)) return describedEntity(whole.replace(THE, 'the '));
  // "…,” wrote @jane_roe.": the account that posted the words, as the text names it.
  if (after && ONLY_HANDLE.test(whole)) return describedEntity(whole);
  // "…,” said Mansfield’s daughter.": known by whose kin she is.
  if (isKinOfNamed(whole)) return describedEntity(whole);
  const words = whole.replace(ABOUT, '');
  // "Quotes from the participants": the group's word, whatever determiner leads it.
  // "the Conservative councillors" keeps its article: a group with a word before it is a description below.
  const stripped = words.replace(GROUP_DETERMINER, '');
  const group = stripped === words || !/\s/u.test(stripped.trim()) ? groupOfPeople(stripped) : null;
  if (group) return describedEntity(group);
  // "a spokesperson for the council" when the council is no body the article names: its words, as the text has them.
  if (SPOKESPERSON_FOR.test(words) && !ENDS_IN_NAME.test(words) && !CUT_SHORT.test(words))
    return describedEntity(words.replace(/^\p{Lu}/u, (first) => first.toLowerCase()));
  // "his tour publicist": one who speaks for the person named before (resolve-speaker.ts left it to us).
  const forSomeone = /^(?:his|her|their)\s/iu.test(words) && SPEAKS_FOR.has(words.split(/\s+/u).at(-1)?.toLowerCase() ?? '');
  if (forSomeone) return describedEntity(words.replace(/^\p{Lu}/u, (first) => first.toLowerCase()));
  // "…,” said one of the ZimParks rangers.": one of a group after "said", its noun built as a role's ("rangers").
  const oneOf = after ? ONE_OF_GROUP.exec(words) : null;
  if (oneOf && isRoleNoun((oneOf[1] ?? '').replace(/s$/u, ''))) return describedEntity(words.replace(/^One/u, 'one'));
  if (!DESCRIPTION.test(words)) return null;
  const rest = words.split(/\s+/u).slice(1);
  // "the report from Yesmail": the noun before "from", "of", "for" or "at" is the head, what follows says whose.
  const joinAt = rest.findIndex((word, i) => i > 0 && JOINING.has(word.toLowerCase()));
  const head = (rest[joinAt > 0 ? joinAt - 1 : rest.length - 1] ?? '').toLowerCase().replace(/['’]s$/u, '');
  // "one patient": one the text knows by age, kin or plight too.
  // "…,” said one ranger.": after "said", one person whose noun is built as a role's, though the lexicon lacks it.
  const oneAfterSaid = after && rest.length <= 2 && /^(?:one|a|an)\s/iu.test(words) && isRoleNoun(head) && /^\p{Ll}/u.test(head);
  const headFits =
    oneAfterSaid ||
    isKnownRoleNoun(head) ||
    PEOPLE_NOUNS.has(head) ||
    SOMEONE_NOUNS.has(head) ||
    BODY_NOUNS.has(head) ||
    isDocumentHead(head) ||
    UNNAMED_HEADS.has(head);
  // A participle before the head describes it ("the published decision"); a verb after it ran past the subject. Not
  // "and" between two roles one person holds ("the co-founder and CEO of Element AI").
  const runsOn = rest.some(
    (word, i) =>
      !JOINING.has(word.toLowerCase()) &&
      !(word === 'and' && isRoleNoun(rest[i - 1] ?? '') && isRoleNoun(rest[i + 1] ?? '')) &&
      !(i < rest.length - 1 && /^\p{Ll}+ed$/u.test(word)) &&
      (/^\p{Ll}/u.test(word) || word === rest.at(-1)) &&
      lexiconTags(word).some((tag) => NOT_IN_NOUN_PHRASE.test(tag)),
  );
  // "A spokesperson said", "the statement said": the body named before speaks through them, so a bare one is no
  // description ("a police spokesperson" is). With no body named, "a spokeswoman" is all the text says of who spoke.
  const bare = rest.length === 1 && (SPOKESPEOPLE.has(head) ? bodyBefore : head === 'statement' || head === 'release');
  if (!headFits || runsOn || bare) return null;
  return describedEntity(words.replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (first) => first.toLowerCase()));
}

// One who speaks or acts for a body, and the body: "a spokesperson for the council", "a spokeswoman for the city's
// police", "a lawyer for the family", "an aide to the governor".
const SPOKESPERSON_FOR = new RegExp(
  String.raw`^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+)?(?:${[...SPEAKS_FOR].join('|')})\s+(?:for|of|at|to)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+[\p{Ll}-]+){0,2}$`,
  'iu',
);
// "... for the council's Jane Roe": a person of the body, whom a cue cut short, is not a description.
const ENDS_IN_NAME = /\s\p{Lu}\p{Ll}+$/u;
// "a spokesperson for the victim's", "... for his": a phrase a cue cut before its noun.
const CUT_SHORT = /(?:['’]s|['’]|\s(?:the|his|her|their|its|our|a|an))$/iu;
const THE = /^the\s+/iu;
const ONLY_HANDLE = new RegExp(`^${HANDLE}$`, 'u');
// "the mayor", "the 45-year-old", "the Secretary of Defense": one role, which the article's one person may hold.
const THE_ROLE = /^[Tt]he\s+(?:[\p{L}\d-]+\s+)?[\p{L}\d-]+(?:\s+(?:of|for)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)?$/u;
// Words that join the capitalised words of a name ("Project on Government Oversight", "Bank of England").
const BODY_NAME_JOINERS = new Set(['of', 'on', 'for', 'and', '&', 'the']);

/** "the" and a body's name: "the Indian Express", "the Project on Government Oversight". */
const isTheBodyName = (phrase: string): boolean => THE.test(phrase) && isBodyName(phrase.split(/\s+/u).slice(1));

/**
 * Capitalised words, perhaps joined by "of", "on", "for" or "and": a body's name, not a description. Not a person's
 * role in capitals ("the Minister", "the Secretary of Defense"), someone of a body ("the BBC's Laura Kuenssberg"), a
 * nationality at the end, where a description the cue cut short starts ("the Russian [federal government]"), nor
 * one word that is no acronym: "the Scot", "the Democrat" are people (but "the BBC" is a body).
 */
function isBodyName(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return (
    (words.length >= 2 || /^\p{Lu}{2,}$/u.test(last)) &&
    /^\p{Lu}/u.test(words[0] ?? '') &&
    /^\p{Lu}/u.test(last) &&
    !lexiconTags(last).includes('Demonym') &&
    words.every((word) => (/^\p{Lu}[\p{L}\p{N}.&-]*$/u.test(word) && !isKnownRoleNoun(word.toLowerCase())) || BODY_NAME_JOINERS.has(word))
  );
}

// "participants said", "Quotes from participants": people named only by what they are, many of them.
const BARE_PLURAL = /^\p{L}\p{Ll}+s$/u;
const AGENT_PLURAL = /\p{Ll}{2}(?:ants|ents|ers|ors|ists|ees|ians)$/u;
// "local officials", "US officials", "health officials": one word saying which of them, lower case or initials.
const GROUP_MODIFIER = /^(?:\p{L}[\p{Ll}-]+|\p{Lu}{2,}|(?:\p{Lu}\.){2,})$/u;
const NOT_A_MODIFIER =
  /^(?:Verb|PastTense|PresentTense|Gerund|Adverb|Preposition|Conjunction|Determiner|Pronoun|Copula|Modal|QuestionWord)$/u;

/** Groups of people whose nouns end in no agent's ending. */
const GROUP_NOUNS = new Set(
  'police people staff locals sources neighbours neighbors fans medics paramedics deputies crews relatives families colleagues friends experts insiders aides troops students pupils nurses residents witnesses actresses waitresses'.split(
    ' ',
  ),
);

/**
 * "police", "officials", "witnesses", "local officials": people named only by what they are, many of them, the
 * speaker when a cue gives no one else. Worded in lower case but for initials ("US officials"); null when the
 * words are not such a group ("others", "news reports", "then officials").
 */
function groupOfPeople(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/u);
  const noun = (words.at(-1) ?? '').toLowerCase();
  if (words.length > 2 || NOT_PEOPLE.has(noun) || (words.length === 2 && noun !== words[1])) return null;
  // "Reuters says ...": a news agency's name, built as a plural in -ers.
  if (NEWS_AGENCIES.has(words.at(-1) ?? '')) return null;
  if (!GROUP_NOUNS.has(noun)) {
    // "fishermen", "firemen": a plural in -men only in lower case ("Carmen", "Bremen" are names).
    const menPlural = /^\p{Ll}.*men$/u.test(words.at(-1) ?? '');
    if (!BARE_PLURAL.test(words.at(-1) ?? '') && !menPlural) return null;
    const singular = noun.endsWith('men') ? `${noun.slice(0, -3)}man` : noun.endsWith('sses') ? noun.slice(0, -2) : noun.slice(0, -1);
    if (!isKnownRoleNoun(singular) && !AGENT_PLURAL.test(noun) && !/(?:wo)?man$/u.test(singular)) return null;
  }
  const modifier = words.length === 2 ? (words[0] as string) : null;
  // Initials are no word of the lexicon ("US" is not "us").
  const initials = modifier !== null && /^\p{Lu}[\p{Lu}.]+$/u.test(modifier);
  if (modifier && (!GROUP_MODIFIER.test(modifier) || (!initials && lexiconTags(modifier).some((tag) => NOT_A_MODIFIER.test(tag)))))
    return null;
  // As the text words it: "Local officials" at a sentence's start keeps its capital, as "Israeli officials" does.
  return modifier ? `${modifier} ${noun}` : noun;
}
const GROUP_DETERMINER = /^(?:the|some|our|many|most|several|other)\s+/iu;
// Words of those endings that name things or nobody in particular, common as a subject before speech verbs.
const NOT_PEOPLE = new Set([
  'others',
  'numbers',
  'letters',
  'papers',
  'documents',
  'comments',
  'answers',
  'orders',
  'reports',
  'matters',
  'centers',
  'centres',
  'members',
]);

function describedEntity(name: string): Entity {
  return {
    kind: null,
    name,
    words: [],
    mentions: [],
    gender: null,
    genderFromTitle: false,
    roles: [],
    evidence: { person: 0, organisation: 0, place: 0 },
    aliases: new Set(),
  };
}

/**
 * "The Dutchman said the plan was made that morning." A sentence that reports speech makes its subject
 * the one "he" points back to next, even when the subject is a role or a pronoun rather than a name.
 */
function addReportingSubjects(
  layout: ArticleLayout,
  context: SpeakerContext & { antecedents: Antecedent[]; spokespeople: Spokesperson[] },
  sentenceOf: (at: number) => number | undefined,
): void {
  for (const passage of layout.passages) {
    if (passage.kind !== 'paragraph') continue;
    const paragraph = layout.text.slice(passage.start, passage.end);
    const starts = sentenceStarts(paragraph);
    starts.forEach((start, k) => {
      const sentence = paragraph.slice(start, starts[k + 1] ?? paragraph.length);
      if (/^\s*["“‘']/u.test(sentence)) return;
      // "The house is being searched, a spokesman for the police said.": one who speaks for a body, a subject the
      // cue rules (made for the words before a quotation) cut short or miss; so is "..., he said." closing it.
      const spoken = SPOKESPERSON_SPEAKS.exec(sentence) ?? PRONOUN_SAID_LAST.exec(sentence);
      const cue = spoken?.[1]
        ? { text: spoken[1], start: passage.start + start + spoken.index + spoken[0].indexOf(spoken[1]) }
        : cueBefore(sentence, passage.start + start);
      if (!cue) return;
      // "Officers said the men were armed.": a group of people, whom a later "they said" points back to.
      const group = groupOfPeople(cue.text.replace(GROUP_DETERMINER, ''));
      const entity = resolveSpeaker(cue.text, cue.start, context) ?? (group ? describedEntity(group) : null);
      noteSpeaker(context, entity, cue, sentenceOf(cue.start));
    });
  }
}

/**
 * Records what a speaker phrase named, for the pronouns after it: the entity, as an antecedent; or, when it is an
 * unnamed spokesperson that "he" was read as, that spokesperson again (still no candidate for any other cue). A
 * phrase that is one who speaks for a body ("a spokesman for the police said") is a spokesperson from here on; so is a
 * bare "a spokeswoman" when no body is named before her.
 */
function noteSpeaker(
  context: { antecedents: Antecedent[]; spokespeople: Spokesperson[] },
  entity: Entity | null,
  phrase: SpeakerPhrase,
  sentence: number | undefined,
): void {
  const at = phrase.start;
  const again = entity ? context.spokespeople.find((one) => one.entity === entity) : undefined;
  if (again) context.spokespeople.push({ ...again, at, sentence });
  else if (entity) context.antecedents.push({ entity, at, sentence });
  const spokesperson = spokespersonOf(phrase.text, bodyNamedBefore(context, at));
  if (spokesperson) context.spokespeople.push({ ...spokesperson, at, sentence });
}

/** A word of the body a spokesperson speaks for: not one of the verb's ("for the club declined to", "did not"). */
const BODY_WORD = String.raw`(?!(?:to|not|did|does|do|was|were|is|are|has|have|had|could|would|will|can|may|might|should|declined|refused|who|which|that)(?![\p{L}]))[\p{L}'’.&-]+`;
const SPOKESPERSON_NOUN = 'spokes(?:man|woman|person)';
/** "a spokesman for Greater Manchester Police", "the council's spokeswoman": `noun` is SPOKESPERSON_NOUN, grouped or not. */
const spokespersonPhrase = (noun: string): string =>
  String.raw`(?:a|an|the|one)\s+(?:[\p{L}'’-]+\s+){0,3}?${noun}(?:\s+(?:for|of|at)\s+${BODY_WORD}(?:\s+${BODY_WORD}){0,7})?`;
const ONE_SPOKESPERSON = new RegExp(`^${spokespersonPhrase(`(${SPOKESPERSON_NOUN})`)}$`, 'iu');
// Such a one as the subject of a speech verb, at the sentence's start or after a comma.
const SPOKESPERSON_SPEAKS = new RegExp(
  String.raw`(?:^\s*|,\s+)(${spokespersonPhrase(`(?:${SPOKESPERSON_NOUN})`)})\s+(?:${SPEECH_VERB_PATTERN})(?![\p{L}])`,
  'iu',
);

// "..., he said." closing a sentence: "he" (or "she") speaks in it.
const PRONOUN_SAID_LAST = new RegExp(String.raw`,\s+(he|she)\s+(?:${SPEECH_VERB_PATTERN})(?:\s+[\p{L}\d]+){0,3}\s*[.!?]?\s*$`, 'u');

// "An analyst at Pearl Securities said ...", "one resident said": one person the text does not name, whom a later
// "he said" may point back to as it does to a spokesperson.
const ONE_UNNAMED = /^(?:a|an|one)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?([\p{L}'’-]+)(?:\s+(?:for|of|at|with|from|in)\s+[^,.;:!?]{1,80})?$/iu;

function oneUnnamed(phrase: string): RegExpExecArray | null {
  const found = ONE_UNNAMED.exec(phrase);
  const noun = found?.[1]?.toLowerCase() ?? '';
  return isPersonNoun(noun) ? found : null;
}

/**
 * When a speaker phrase is one who speaks for a body ("a spokesman for the police said"), the one a later "he said"
 * points back to: that description, as the text words it, with the gender the noun gives (the body itself stays the
 * antecedent of "it").
 */
function spokespersonOf(phrase: string, bodyBefore: boolean): { entity: Entity; gender: 'm' | 'f' | null; unnamed?: boolean } | null {
  const spokesperson = ONE_SPOKESPERSON.exec(phrase.trim());
  const noun = (spokesperson ?? oneUnnamed(phrase.trim()))?.[1]?.toLowerCase();
  const entity = noun ? describedSpeaker(phrase, false, bodyBefore) : null;
  if (!noun || !entity) return null;
  const gender = noun.endsWith('woman') ? 'f' : noun.endsWith('man') ? 'm' : (SOMEONE_NOUNS.get(noun) ?? null);
  return spokesperson ? { entity, gender } : { entity, gender, unnamed: true };
}

/**
 * The sentence a speaker phrase stands in, as the names' sentences are counted: that of the next name in the same
 * sentence, or undefined when the sentence names no one after it (and no later name can share it). With it, a
 * person named after the speaker in the speaker's own sentence is not taken for the subject that "he" points back
 * to: in "“...,” he told host Agya Owusu Ansah. “...,” he said." the second "he" is the first one's.
 */
function sentenceFinder(text: string, mentions: readonly Mention[]): (at: number) => number | undefined {
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  return (at) => {
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((byStart[middle] as Mention).start < at) low = middle + 1;
      else high = middle;
    }
    const next = byStart[low];
    if (!next || SENTENCE_BREAK.test(text.slice(at, next.start))) return undefined;
    return next.sentence;
  };
}

/** A sentence's end between two places: a full stop, question or exclamation mark before a capital, or a new passage. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+["“‘]?\p{Lu}|\n/u;

// "A spokesman from the Emergency Service Agency said": the body's spokesperson, whether the cue names them or the body.
const SPOKESPERSON_CUE = /spokes(man|woman|person)(?:\s+(?:from|for|of|at)\s+\S.*)?$/iu;

function spokespersonPronoun(cueWithBefore: string): 'he' | 'she' | 'they' | null {
  const noun = SPOKESPERSON_CUE.exec(cueWithBefore)?.[1]?.toLowerCase();
  return noun === 'man' ? 'he' : noun === 'woman' ? 'she' : noun === 'person' ? 'they' : null;
}

const SCARE_LEAD = /\b(?:so-called|so called|dubbed|known(?:\s+\w+ly)?\s+as(?:\s+the)?|nicknamed|branded as|labelled as|termed)\s*$/iu;
// "had been told that the process was “robust”": whoever said it, it was not the sentence's subject.
// Not when the one asked then answers: "Mr Yousaf was asked why he was fighting on, he said: “...", nor when the
// passive is in a phrase before the sentence's own subject and verb: "Having admitted that many questions had been
// asked, Sasin said that the meeting served “...”".
const PASSIVE =
  /\b(?:was|were|been|being|is|are|be)\s+(?:told|asked|assured|informed|promised)\b(?![^.!?“”"]*,\s+(?:he|she|they|we|I)\s+(?:said|replied|answered|added|responded|explained)\b)[^.!?“”"]*$/iu;
// A name in capitals, or "the" and a role, whatever case the passive is written in: "the report said" is no answer.
// "When he was asked about the funds, the governor replied: “...”": one in a role answers too.
const ANSWERS = /,\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s+(?:said|replied|answered|added|responded|explained)\b/u;
function answeredAfterPassive(text: string): boolean {
  const subject = ANSWERS.exec(text)?.[1] ?? '';
  const last = subject.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  return /^\p{Lu}/u.test(subject) || (/^the\s/u.test(subject) && isKnownRoleNoun(last));
}
/** A passive before the marks that no one answers after: whoever said the words, the sentence does not say. */
function isPassiveLead(text: string): boolean {
  const passive = PASSIVE.exec(text);
  return passive !== null && !answeredAfterPassive(text.slice(passive.index));
}

function findCue(quote: QuoteSpot, text: string, before: string, beforeStart: number, after: string): SpeakerPhrase | null {
  const quoted = text.slice(quote.start, quote.end);
  const agent = agentOfDescribing(before, after, quote.outerEnd);
  if (agent) return agent;
  // "the so-called “smart” junctions", "known locally as the “grey mile”": words held at a distance.
  if (SCARE_LEAD.test(before)) return null;
  // "Tinubu dismissed what Atiku called a “stolen mandate”": the words are the one's who called it so.
  const called = WHAT_ONE_CALLED.exec(before);
  if (called?.[1]) return { text: called[1], start: beforeStart + called.index + called[0].indexOf(called[1], 4) };
  const lead = isPassiveLead(before) ? null : cueBefore(before, beforeStart);
  if (lead && /:\s*$/.test(before)) return lead;
  const opensSentence = before.slice(lastSentenceStart(before)).trim() === '';
  const follow = cueAfter(after, quote.outerEnd) ?? (opensSentence ? cueAfterOwnClause(after, quote.outerEnd) : null);
  // A quotation that closes its sentence ("... last.") is not attributed by a new statement after it.
  const closesSentence = /[.]\s*$/.test(quoted) && /^\s*\p{Lu}/u.test(after);
  if (follow && (follow.bare || !closesSentence)) return follow;
  // A quotation inside a sentence: the sentence's own speech verb (`he said the cap would "hollow out" farms`).
  if (lead) return lead;
  return null;
}

/** Quotations without a cue of their own take the speaker their paragraph or the one before gives them. */
function carryOver(layout: ArticleLayout, results: Attribution[], context: SpeakerContext): void {
  const { quotes, text } = layout;
  const { antecedents } = context;
  quotes.forEach((quote, k) => {
    const result = results[k] as Attribution;
    // A quotation running on from one that only now has its speaker (from the paragraph before) shares it.
    if (result.how === 'continued' && !result.entity) {
      results[k] = { entity: results[k - 1]?.entity ?? null, how: 'continued' };
      return;
    }
    if (result.how !== 'none') return;
    // "“It was chaos,” one witness told the BBC. “People were running.”": the words after an unnamed speaker's, in
    // the same paragraph, are theirs too, and no one else's.
    const previous = results[k - 1];
    if (quotes[k - 1]?.block === quote.block && previous?.how === 'cue' && previous.blocked && !previous.entity) {
      results[k] = { ...result, blocked: true };
      return;
    }
    const sameParagraph = quotes
      .map((other, i) => ({ other, i }))
      .filter(({ other, i }) => other.block === quote.block && i !== k && results[i]?.how === 'cue' && results[i]?.entity)
      .sort((a, b) => Math.abs(a.i - k) - Math.abs(b.i - k) || a.i - b.i);
    // "... the talks were “constructive” and “frank”": a quotation joined to the one before speaks with it.
    const joinedTo = quotes[k - 1];
    const joinedResult = results[k - 1];
    if (joinedTo?.block === quote.block && joinedResult?.entity && JOINING_QUOTES.test(text.slice(joinedTo.outerEnd, quote.outerStart))) {
      results[k] = { entity: joinedResult.entity, how: 'paragraph' };
      return;
    }
    // A short quotation inside a sentence with no cue of its own is a term held at a distance, not a statement.
    const before = text.slice(Math.max(0, quote.outerStart - 3), quote.outerStart);
    const embedded = /[\p{L},]\s*$/u.test(before) && text.slice(quote.start, quote.end).split(/\s+/).length <= 4;
    if (embedded) return;
    const fromParagraph = sameParagraph[0];
    if (fromParagraph) {
      // “...” “...”: a quotation right after another with nothing between is the same speaker's, as sure as its cue.
      const backToBack = fromParagraph.i === k - 1 && /^\s*$/u.test(text.slice(quotes[k - 1]?.outerEnd ?? 0, quote.outerStart));
      results[k] = { entity: results[fromParagraph.i]?.entity ?? null, how: backToBack ? 'cue' : 'paragraph' };
      return;
    }
    // A paragraph that opens with an unattributed quotation continues the last speaker before it.
    const paragraph = layout.passages.find((passage) => passage.block === quote.block);
    // Markup left before the mark ("*“We congratulate...") does not stop a quotation opening its paragraph.
    const opensParagraph = paragraph && ONLY_MARKUP.test(text.slice(paragraph.start, quote.outerStart));
    if (!opensParagraph || !paragraph) return;
    const previousBlock = layout.passages.find((passage) => passage.block === quote.block - 1);
    if (previousBlock?.kind !== 'paragraph') return;
    const lastQuote = quotes
      .map((other, i) => ({ other, i }))
      .filter(({ other }) => other.block === quote.block - 1)
      .at(-1);
    if (lastQuote && results[lastQuote.i]?.entity) {
      results[k] = { entity: results[lastQuote.i]?.entity ?? null, how: 'paragraph', from: lastQuote.i };
      return;
    }
    const previousText = text.slice(previousBlock.start, previousBlock.end);
    // "John Rolle – Governor, Central Bank of The Bahamas" on a line of its own: a broadcaster's name tag over the
    // soundbite, a paragraph that is only the quotation (text/speaker-tag.ts).
    const tagged = isOnlyQuotation(layout, quote) ? speakerTagName(previousText) : null;
    const taggedEntity = tagged ? resolveSpeaker(tagged, previousBlock.start, context) : null;
    if (taggedEntity?.kind === 'person') {
      results[k] = { entity: taggedEntity, how: 'cue' };
      return;
    }
    const lastSentence = previousBlock.start + lastSentenceStart(previousText);
    // "Chairman Adam Klein ... released the following statement:" ends the paragraph before: a cue as sure as one
    // in the quotation's own sentence.
    const lastSentenceText = text.slice(lastSentence, previousBlock.end).trimEnd();
    // "At the briefing, Berg was asked:": the one the paragraph names is spoken to, and the words are not theirs.
    if (isPassiveLead(lastSentenceText)) return;
    if (lastSentenceText.endsWith(':')) {
      // "Ndegwa on the role of M-Pesa:": an interview's label over the answer, the one who gives it and on what.
      // A label names a person ("Kelsford on alert:" is a heading's words, not an answer's label).
      const label = lastSentence === previousBlock.start ? ANSWER_LABEL.exec(lastSentenceText) : null;
      const labelled = label ? resolveSpeaker(label[1] as string, lastSentence, context) : null;
      const announced = cueBefore(lastSentenceText, lastSentence);
      const entity = labelled?.kind === 'person' ? labelled : announced ? resolveSpeaker(announced.text, announced.start, context) : null;
      if (entity) {
        results[k] = { entity, how: 'cue' };
        return;
      }
    }
    // ... or someone whose words the paragraph before reports ("Ellingsen said the repairs were on track.").
    if (!REPORTED_SPEECH.test(text.slice(lastSentence, previousBlock.end))) {
      const across = speakerAcrossNarrative(layout, results, antecedents, quote.block);
      if (across) results[k] = { entity: across, how: 'paragraph' };
      return;
    }
    // "Addressing reporters, he refuted charges made by Ravi Kumar.": the pronoun that reports is who speaks next,
    // not the one named after its verb. It is read from where it stands ("As Sam Okafor left the court, he told
    // reporters ..." is Sam Okafor), but not as one its opening phrase names after a preposition ("Asked about Mark
    // Dunn, he said ...").
    const pronoun = PRONOUN_REPORTS.exec(lastSentenceText);
    const pronounAt = pronoun?.indices?.[1] ? lastSentence + pronoun.indices[1][0] : -1;
    const fromPronoun = pronoun ? resolveSpeaker(pronoun[1] as string, pronounAt, context) : null;
    const namedAfterPreposition =
      fromPronoun !== null &&
      antecedents.some((a) => a.entity === fromPronoun && a.at >= lastSentence && a.at < pronounAt && followsPreposition(text, a.at));
    const pronounSpeaker = namedAfterPreposition && pronoun ? resolveSpeaker(pronoun[1] as string, lastSentence, context) : fromPronoun;
    if (pronounSpeaker) {
      results[k] = { entity: pronounSpeaker, how: 'paragraph' };
      return;
    }
    // "NUM’s chief negotiator William Mabapa said they were prepared to fight.": the subject the cue rules read, not
    // the body that opens it.
    const reporter = cueBefore(lastSentenceText, lastSentence);
    const reported = reporter ? resolveSpeaker(reporter.text, reporter.start, context) : null;
    if (reported?.kind === 'person') {
      results[k] = { entity: reported, how: 'paragraph' };
      return;
    }
    // The one who speaks stands before the verb: in "you may want to ask your ISSO questions like these:" the
    // ISSO is asked, and the questions that follow are nobody's yet. A news agency reports ("A.P. says a GM
    // spokesperson declined to comment."): the words after are not its own.
    const speaker = antecedents
      .filter(
        (a) =>
          a.at >= lastSentence &&
          a.at < previousBlock.end &&
          a.entity.kind !== 'place' &&
          !NEWS_AGENCIES.has(a.entity.name) &&
          REPORTED_SPEECH.test(text.slice(a.at, previousBlock.end)),
      )
      // A person before a body, and a body before a name of no known kind: "Deise selector Dan Shanahan isn't dwelling
      // on the goal that denied them ..." is Dan Shanahan's paragraph, not the county's.
      .sort((a, b) => kindRank(a.entity) - kindRank(b.entity) || a.at - b.at)[0];
    if (speaker) results[k] = { entity: speaker.entity, how: 'paragraph' };
  });
}

function kindRank(entity: Entity): number {
  return entity.kind === 'person' ? 0 : entity.kind === 'organisation' ? 1 : 2;
}

// A paragraph that is only a name, "on" and a topic, ending in a colon.
const ANSWER_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s+on\s+[^.!?:"“”]{3,100}:$/u;

/**
 * Whether a paragraph tells of people or of words: a pronoun or a possessive opening a sentence, a noun for a person,
 * or a statement, report, letter or sign that may be what the next quotation quotes.
 */
function tellsOfSomeone(paragraph: string): boolean {
  // "The club later posted a statement.", "Hundreds carried placards.": words another may have given.
  if (/\b(?:statements?|reports?|letters?|releases?|banners?|placards?|signs?|notes?|messages?|posts?|tweets?)\b/iu.test(paragraph))
    return true;
  if (/(?:^|[.!?]["”’]?\s+)(?:He|She|They|His|Her|Their|I|We|My|Our)\b/u.test(paragraph)) return true;
  return (paragraph.match(/\p{Ll}[\p{Ll}-]+/gu) ?? []).some(
    (word) => PEOPLE_NOUNS.has(word) || isPersonNoun(word.replace(/(?<=\p{L}{3})s$/u, '')) || /(?:wo)?men$|people$/u.test(word),
  );
}

/** How many paragraphs of narrative may stand between a speaker's quotation and the next one that has no cue. */
const NARRATIVE_REACH = 2;

/**
 * "“It’s gut-wrenching,” coach Andrew Webster told reporters." then a paragraph or two of narrative that names no one
 * and quotes nothing ("The defeat handed the Warriors their second straight loss."), then a paragraph that opens with
 * a quotation and no cue: the one who spoke last goes on. Only a person, named by a cue or carried to that quotation.
 */
function speakerAcrossNarrative(
  layout: ArticleLayout,
  results: readonly Attribution[],
  antecedents: readonly Antecedent[],
  block: number,
): Entity | null {
  for (let back = 1; back <= NARRATIVE_REACH + 1; back += 1) {
    const passage = layout.passages.find((each) => each.block === block - back);
    if (passage?.kind !== 'paragraph') return null;
    const quoted = layout.quotes.map((quote, i) => ({ quote, i })).filter(({ quote }) => quote.block === block - back);
    if (quoted.length > 0) {
      const last = results[quoted.at(-1)!.i]?.entity ?? null;
      return back > 1 && last?.kind === 'person' ? last : null;
    }
    // A paragraph that names someone, or tells of someone unnamed ("The victim's mother wept in the gallery.", "She had
    // travelled ...", "A passenger in row 12 ..."), may be where the next speaker comes in.
    if (antecedents.some((a) => a.at >= passage.start && a.at < passage.end && a.entity.kind === 'person')) return null;
    if (tellsOfSomeone(layout.text.slice(passage.start, passage.end))) return null;
  }
  return null;
}

/** The blocks with each quote's kind and speaker filled in (quotes in article order, as the layout lists them). */
export function withSpeakers(
  blocks: readonly Block[],
  layout: ArticleLayout,
  speakers: readonly (Speaker | null)[],
  kinds: readonly QuoteKind[] = [],
): Block[] {
  const byPlace = new Map(layout.quotes.map((quote, k) => [`${quote.block}:${quote.inline}`, k]));
  return blocks.map((block, b) =>
    block.type !== 'paragraph'
      ? block
      : {
          ...block,
          inlines: block.inlines.map((inline, i) => {
            if (inline.type !== 'quote') return inline;
            const k = byPlace.get(`${b}:${i}`) ?? -1;
            const speaker = speakers[k];
            const kind = kinds[k] ?? 'quotation';
            return speaker ? { ...inline, speaker: speaker.name, speakerKind: speaker.kind, kind } : { ...inline, speaker: null, kind };
          }),
        },
  );
}
