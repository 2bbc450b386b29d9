import type { Entity, EntityRegistry } from './entity-registry';
import { findEntity, fullerPeopleOf } from './entity-registry';
import { mentionsOverlapping, type Mention } from './name-mentions';
import { BODY_TYPE_WORDS, matchingForm, OBJECT_PREPOSITIONS, TITLE_WORDS } from './name-words';
import { isKnownRoleNoun, isRoleNoun, KIN_NOUNS, ROLE_GROUPS, SOMEONE_NOUNS, SPEAKS_FOR } from './role-nouns';
import { lastSentenceStart } from './speech-cues';
import { SPEECH_VERB_PATTERN, SPEECH_VERB_WORD } from './speech-verbs';

/** An entity named (or referred to) at a place in the text, outside quotations: what "he" and "it" can point back to. */
export type Antecedent = { entity: Entity; at: number; sentence?: number };

/**
 * One unnamed who speaks for a body ("a spokesman for the police said"), whom a later "he" or "she" may be: the
 * description, and the gender the noun gives ("spokeswoman"), null when it gives none.
 */
/** `unnamed`: one the text describes without naming ("a 34-year-old woman said ..."), not one who speaks for a body. */
export type Spokesperson = Antecedent & { gender: 'm' | 'f' | null; unnamed?: boolean };

export const BODY_NOUNS = new Set([
  'party',
  'company',
  'firm',
  'group',
  'ministry',
  'council',
  'authority',
  'government',
  'club',
  'union',
  'police',
  'department',
  'bank',
  'board',
  'agency',
  'school',
  'university',
  'hospital',
  'court',
  'service',
  'committee',
  'commission',
  'institute',
  'organisation',
  'organization',
  'association',
  'federation',
  'operator',
  'airline',
  'charity',
  'campaign',
  'team',
  'alliance',
  'office',
  'trust',
  'network',
  'regulator',
  'inspectorate',
  'force',
  'guard',
  'station',
  'newspaper',
  'broadcaster',
  'coalition',
  'movement',
  'society',
  'foundation',
  'museum',
  'festival',
  'league',
  'cooperative',
  'co-operative',
  'utility',
  'insurer',
  'retailer',
  'carrier',
  'manufacturer',
  'developer',
  'landlord',
  'lab',
  'laboratory',
  'centre',
  'center',
  'tribunal',
  'prosecutor',
  'prosecutors',
  'army',
  'military',
  'navy',
]);
const GENERIC_BODIES = new Set([
  'company',
  'firm',
  'group',
  'organisation',
  'organization',
  'operator',
  'charity',
  'retailer',
  'insurer',
  'carrier',
  'manufacturer',
  'developer',
  'business',
  'utility',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'one', 'our']);

/** Common words ending in a preposition before a name: "Lawyers for", "Critics of", "A source close to". */
const BEFORE_OBJECT = new RegExp(String.raw`^(?:\p{L}[\p{Ll}-]*\s+){1,3}(${OBJECT_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`, 'u');
/** A name's possessive, then a role in lower case: "Rotorua's mayor". */
const PLACE_ROLE = /^\p{Lu}[\p{L}.'’ -]*['’]s\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)$/u;

/** A body after these is what is spoken of; after others it may speak ("a spokeswoman for", "a report by"). */
const BODY_AS_OBJECT = new Set(['against', 'to', 'into', 'about', 'on', 'with', 'over']);

/**
 * Whether a speaker phrase names its entity only as the object of what it opens with: "Lawyers for Julian Assange",
 * "Rivals of Keir Starmer", "A ruling against Google" speak; the entity does not.
 */
function namedAfterPreposition(named: Entity, before: string): boolean {
  const preposition = BEFORE_OBJECT.exec(before)?.[1];
  if (!preposition) return false;
  return named.kind !== 'organisation' || BODY_AS_OBJECT.has(preposition);
}

/** What a speaker phrase is read against: the article's entities, their mentions and the speakers so far. */
export type SpeakerContext = {
  registry: EntityRegistry;
  mentions: readonly Mention[];
  antecedents: readonly Antecedent[];
  /** Spokespeople the text leaves unnamed: only "he" and "she" point back to them, no other cue. */
  spokespeople: readonly Spokesperson[];
  /** Who "I" is, in a text that is someone's own words ("Remarks by ...": narrator.ts); null elsewhere. */
  narrator: Entity | null;
  /** The article's laid-out text, its passages apart by blank lines: where a paragraph starts. */
  text: string;
};

/** The entity a cue's speaker phrase names, or null when it names nobody we can tell (`a resident`). */
export function resolveSpeaker(phrase: string, at: number, context: SpeakerContext): Entity | null {
  const text = phrase.trim();
  const pronoun = text.toLowerCase();
  if (['he', 'she'].includes(pronoun)) return lastPersonBefore(context, at, pronoun === 'he' ? 'm' : 'f');
  if (pronoun === 'it') return subjectBodyBefore(context, at);
  // A body, or a group of people a sentence reported ("Officers said ...": a description, with no name words).
  if (pronoun === 'they')
    return lastBefore(context, at, (entity) => entity.kind === 'organisation' || (entity.kind === null && entity.words.length === 0), 1);
  if (pronoun === 'i') return context.narrator;
  if (pronoun === 'we') return null;
  // "Mansfield’s daughter": someone known by whose kin they are, not the one named (a description: speakers.ts).
  if (isKinOfNamed(text)) return null;
  // A name the tagger found inside the phrase: "Mara Ellingsen", "Councillor Priya Okafor", "Ms Ellingsen".
  // Names the phrase overlaps: a phrase may stop inside a long name ("The Joint" of "the Joint Border
  // Mission") or start inside one ("Care" of "the Ministry of Health and Care").
  const inside = mentionsOverlapping(context.mentions, at, at + text.length);
  const insideEntities = inside.map((mention) => context.registry.entityOf.get(mention));
  // "Liberal Union leader Marcus Bell": the person, not the body named in their role.
  const lastPerson = firstOfList(
    inside,
    insideEntities,
    phrase,
    at,
    insideEntities.findLastIndex((entity) => entity?.kind === 'person'),
  );
  const namedIndex = lastPerson >= 0 ? lastPerson : bodyNamed(inside, insideEntities, phrase, at);
  const named = insideEntities[namedIndex];
  const namedAt = inside[namedIndex];
  if (named && namedAt && namedAfterPreposition(named, phrase.slice(0, Math.max(0, namedAt.start - at)))) return null;
  const first = text.split(/\s+/)[0]?.toLowerCase() ?? '';
  // "the Bellmoor Gallery": a name whose last word ends the phrase, whatever kind it was taken for.
  const head = matchingForm(text.toLowerCase().split(/\s+/).at(-1) ?? '');
  const whole = insideEntities.find((entity) => entity?.kind !== 'person' && entity?.words.some((word) => word.toLowerCase() === head));
  if (whole && !named) return whole;
  // "Rotorua's mayor says": the one who holds a place's role, whom the phrase does not name, not the place.
  const placesRole = named && named.kind !== 'person' && named.kind !== 'organisation' && PLACE_ROLE.exec(text);
  if (placesRole && isRoleNoun(placesRole[1] as string)) return resolveNounPhrase(`the ${placesRole[1]}`, at, null, context);
  if (named && !DETERMINERS.has(first)) return named;
  if (!DETERMINERS.has(first)) {
    const all = text.split(/\s+/);
    const withoutTitles = all.filter((word) => !TITLE_WORDS.has(word.toLowerCase().replace(/\.$/, '')));
    // "King said" of "Martin Luther King Jr": a surname that is also a title's word.
    const words = (withoutTitles.length > 0 ? withoutTitles : all).map(matchingForm);
    return findEntity(context.registry.entities, words.join(' '), words) ?? null;
  }
  return resolveNounPhrase(text, at, named ?? null, context);
}

/** "Mansfield’s daughter", "Tom Vale’s wife": a name's kin. */
export function isKinOfNamed(phrase: string): boolean {
  // A person's name owns them, not "The victim’s mother" opening a sentence, nor a firm ("Deloitte’s partner").
  const match = /^(?!The\s)\p{Lu}[\p{L}\s.'’-]*['’]s?\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)$/u.exec(phrase.trim());
  return match !== null && KIN_NOUNS.has(match[1] as string);
}

/** "the UN's refugee agency", "the city's transport department": a body's own part in common nouns, after its name. */
const PART_OF_BODY = /^[Tt]he\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)*['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+)*\p{Ll}[\p{Ll}-]*$/u;

/**
 * "the UN food chief", "the BBC's political editor": a role in common nouns after the body's name, which one person
 * holds (not "the council spokesperson", through whom the body itself speaks: the caller checks).
 */
function roleOfNamedBody(text: string, body: Entity): boolean {
  const words = text.split(/\s+/u);
  const afterName = words.findIndex((word, i) => i > 0 && /^\p{Ll}/u.test(word));
  const named = words
    .slice(1, afterName < 0 ? words.length : afterName)
    .join(' ')
    .replace(/['’]s?$/u, '');
  return afterName > 1 && body.words.length > 0 && matchingForm(named) === matchingForm(body.words.join(' '));
}

/**
 * "His sons Adam, Matthew and Anthony said", "Kari Nes and Ann Fox said": a joint statement is given to the first of
 * the people listed (LABELLING.md), not the one named next to the verb. `k` is the last person named in the phrase.
 */
function firstOfList(inside: readonly Mention[], entities: readonly (Entity | undefined)[], phrase: string, at: number, k: number): number {
  let first = k;
  while (first > 0 && entities[first - 1]?.kind === 'person') {
    const between = phrase.slice((inside[first - 1] as Mention).end - at, (inside[first] as Mention).start - at);
    if (!LIST_JOIN.test(between)) break;
    first -= 1;
  }
  return first;
}

/** What stands between two names of one list: a comma, "and" or "&". */
const LIST_JOIN = /^\s*(?:,|,?\s+and|&)\s*$/u;

/**
 * Which of the names inside a speaker phrase with no person in it speaks: the first body ("Rural Centre Party said"),
 * but a body's own part after its possessive ("The UN's World Food Programme warned"). -1 when there is none.
 */
function bodyNamed(inside: readonly Mention[], entities: readonly (Entity | undefined)[], phrase: string, at: number): number {
  const bodies = entities.flatMap((entity, k) => (entity && entity.kind !== 'place' ? [k] : []));
  const [first, last] = [bodies[0] ?? -1, bodies.at(-1) ?? -1];
  if (first === last) return first;
  const between = phrase.slice((inside[first] as Mention).end - at, (inside[last] as Mention).start - at);
  // "BTS agency Big Hit Entertainment": the body the kind names is the last.
  return /^['’]s?\s/u.test(between) || BODY_TYPE_BETWEEN.test(between) ? last : first;
}

const BODY_TYPE_BETWEEN = new RegExp(String.raw`^\s+(?:${[...BODY_TYPE_WORDS].join('|')})\s+$`, 'u');

/** "the NATO chief", "the party", "a spokeswoman for the council": a role or body named by a common noun. */
function resolveNounPhrase(phrase: string, at: number, named: Entity | null, context: SpeakerContext): Entity | null {
  // "the PM", "the CM": the role in full, as the article gave it with the name ("Prime Minister Rishi Sunak").
  const text = phrase.replace(/\bPM$/u, 'prime minister').replace(/\bCM$/u, 'chief minister');
  const words = text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s+/)
    .filter((word) => !DETERMINERS.has(word));
  const ofBody = /\b(?:for|of|at)\s+(?:the\s+)?(.+)$/u.exec(text);
  const headWords = ofBody ? text.slice(0, ofBody.index).toLowerCase().split(/\s+/) : words;
  const head = headWords.filter((word) => !DETERMINERS.has(word)).at(-1) ?? '';
  const group = ROLE_GROUPS.find((members) => members.includes(head));
  const isRole = Boolean(group) || isRoleNoun(head);
  // "The 51-year-old, who previously worked for ..., said": the person last named, known now by their age: one the
  // text gave that age ("Liam Doyle, 23, ... The 23-year-old said"), or one with no role or title; not a judge named
  // last ("Judge Mara Quill told the court ... The 16-year-old, who cannot be named, said"), who is someone else.
  if (/^the\s/iu.test(text) && /^\d{1,3}-year-old$/u.test(head)) {
    const person = lastPersonBefore(context, at, null, RECENT);
    const givenAge = new RegExp(`^,\\s*${head.split('-')[0]}\\b`, 'u');
    const aged = person?.mentions.some((mention) => givenAge.test(context.text.slice(mention.end, mention.end + 8)));
    return person && (aged || (person.roles.length === 0 && !person.genderFromTitle)) ? person : null;
  }
  if (isRole) {
    // "... a “fight club,” the mayor said Friday. ... Berkeley Mayor Jesse Arreguin told KTVU": one named later with
    // the role holds it before anyone named earlier without it does.
    const holder = bestRoleHolder(words, head, group, at, context) ?? bestRoleHolder(words, head, group, at, context, true);
    if (holder) return holder;
    // "a spokeswoman for the council": the body speaks through its spokesperson. But "the UN food chief" is one
    // person the body has, whom the text leaves unnamed: a description (speakers.ts), not the body.
    if (named?.kind === 'organisation' && (group?.[0] === 'spokesperson' || !roleOfNamedBody(text, named))) return named;
    if (group?.[0] === 'spokesperson' && ofBody) return resolveNounPhrase(`the ${ofBody[1]}`, at, null, context);
    // A role the article gave nobody in so many words ("the professor" for "Professor Ilona Petrak"
    // whose title we could not read): the person last named, if recently.
    // "one Western diplomat", "a resident": someone new and unnamed; only "the ..." points back.
    if (/^(?:a|an|one)\s/iu.test(text)) return null;
    // "his tour publicist", "her lawyer": one who speaks for the one named, not that one (a description: speakers.ts).
    if (/^(?:his|her|their)\s/iu.test(text) && SPEAKS_FOR.has(head)) return null;
    // "A spokesman for Ofsted said ... The spokesman said: “...”": the spokesperson described before, bare "the
    // spokesman" pointing back to them.
    if (group?.[0] === 'spokesperson' && /^the\s/iu.test(text) && words.length === 1) {
      const before = context.spokespeople.filter((one) => !one.unnamed && one.at < at && at - one.at <= RECENT);
      const last = before.sort((a, b) => b.at - a.at)[0];
      if (last) return last.entity;
    }
    // "the hospital spokesperson": one who speaks for a body, not the person named last (often the one spoken of).
    if (group?.[0] === 'spokesperson') return null;
    // "the woman": someone by sex or kin is not one of the other sex named last.
    const person = lastPersonBefore(context, at, SOMEONE_NOUNS.get(head) ?? null, RECENT);
    // "A nurse at the hospital told Tom Vale that “...” ... “...,” said the nurse.": the one the text described with
    // the noun, not one named since who was never given it.
    const describedSo = unnamedWithHead(context, at, head);
    if (describedSo && !person?.roles.some((role) => role.toLowerCase().split(/\s+/u).includes(head))) return describedSo;
    // "the Dutchman", "the spokeswoman": the role says the person's gender when nothing else did.
    const gender = /woman$/u.test(head) ? 'f' : /man$/u.test(head) ? 'm' : null;
    if (person && gender && !person.gender) person.gender = gender;
    return person;
  }
  // "the UN's refugee agency": a part of the body named before the possessive, not the body (a description). Not its
  // statement or letter, which is the body's own (below).
  if (named?.kind === 'organisation' && PART_OF_BODY.test(text) && !ISSUED.has(head)) return null;
  if (named?.kind === 'organisation') return named;
  // "The Ministry of Health issued a statement. “...,” the statement said.": the one whose statement it is, named
  // just before; "a statement" is someone new.
  if (ISSUED.has(head) && /^the\s/iu.test(text)) return issuerOf(head, at, context);
  if (BODY_NOUNS.has(head) || GENERIC_BODIES.has(head)) {
    const foldedHead = matchingForm(head);
    const sameHead = lastBefore(
      context,
      at,
      (entity) => entity.kind === 'organisation' && entity.words.some((word) => word.toLowerCase() === foldedHead),
    );
    if (sameHead) return sameHead;
    // "the government" is no body the article names in other words (the "Union" of "Union leader Mick Lynch"): it
    // speaks as the description, unless a body named with the word stands before (above).
    if (GENERIC_BODIES.has(head) || head === 'police') return lastBefore(context, at, (entity) => entity.kind === 'organisation');
  }
  return null;
}

/**
 * Whose "the statement" (letter, message...) is: the subject of the sentence that last named one before `at`, as in
 * "The minister added in an official statement that the agency had ...": the minister, not the agency. Null when no
 * sentence near names one, or names no one before it.
 */
function issuerOf(head: string, at: number, context: SpeakerContext): Entity | null {
  const { text } = context;
  const from = Math.max(0, at - ISSUED_REACH);
  // The last sentence naming one whose issuer it tells ("“...,” began the statement." names none).
  const named = [...text.slice(from, at).matchAll(new RegExp(String.raw`\b${head}\b`, 'giu'))];
  for (const each of named.slice(-ISSUED_TRIES).reverse()) {
    const where = from + each.index;
    const issuer = issuerAt(where, from, context);
    if (issuer) return issuer;
    // "The council responded with a statement of its own": a new statement, whose issuer the text does not name in
    // a way read here; an older one is not it. "the statement" ("angry about the statement") points back.
    if (
      NEW_STATEMENT.test(text.slice(Math.max(0, where - 30), where)) ||
      /^\S+\s+of\s+(?:its|their|his|her)\s+own\b/iu.test(text.slice(where, where + 40))
    )
      return null;
  }
  return null;
}

/** "a statement", "another written statement", "a second statement": one not named before. */
const NEW_STATEMENT = /\b(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Who issued the statement (letter, message...) named at `where`: see issuerOf. */
function issuerAt(where: number, from: number, context: SpeakerContext): Entity | null {
  const { text } = context;
  // Sentences as the cues read them: "Orji U. Orji said in a statement" is one, its initial no full stop.
  const sentenceStart = Math.max(from, sentenceStartAt(text, where));
  const namedBefore = context.antecedents
    .filter((antecedent) => antecedent.at >= sentenceStart && antecedent.at < where && antecedent.entity.kind !== 'place')
    .sort((a, b) => a.at - b.at);
  // "The 'Iris X1' is powered by Android, Lava said in a statement.", "Media network ABS-CBN has issued a statement":
  // the one who said it in the statement or issued it, wherever it stands in the sentence; else the sentence's subject.
  const issuer = namedBefore.findLast((antecedent) => ISSUED_BY.test(text.slice(antecedent.at, where)));
  return (issuer ?? namedBefore[0])?.entity ?? null;
}

/** How far back "the statement" may point: a few paragraphs of news (its quotations between), and how many of them. */
const ISSUED_REACH = 2000;
const ISSUED_TRIES = 4;

// A name, then "said in a statement" or "issued a statement" ("Lava said in a statement", "ABS-CBN has issued a
// statement", "Ann Fox added in her statement").
const ISSUED_BY = new RegExp(
  String.raw`^\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4}\s+(?:\p{Ll}+ly\s+)?(?:(?:${SPEECH_VERB_PATTERN})\s+(?:on\s+\p{Lu}\p{Ll}+\s+)?in|(?:has\s+|had\s+|have\s+)?(?:issued|released|put out|published|posted|sent))\s+(?:a|an|its|their|the|his|her)\s+(?:[\p{L}-]+\s+){0,2}$`,
  'u',
);

function bestRoleHolder(
  words: string[],
  head: string,
  group: string[] | undefined,
  at: number,
  context: SpeakerContext,
  namedLater = false,
): Entity | null {
  let best: { entity: Entity; score: number; recency: number } | null = null;
  const people = context.registry.entities.filter((entity) => entity.kind === 'person' && entity.roles.length > 0);
  // "then-Housing Minister Darragh O’Brien" no longer holds the post "the Housing Minister" speaks from; "the former
  // minister" is still he.
  const pastAsked = words.some((word) => PAST_ROLE.test(word));
  for (const entity of people) {
    // Its title ("Minister" of "then-Housing Minister Darragh O’Brien") is the past one too.
    if (!pastAsked && entity.roles.some((role) => PAST_ROLE.test(role) && role.toLowerCase().endsWith(head))) continue;
    const roleWords = new Set(
      entity.roles
        .join(' ')
        .toLowerCase()
        .replace(/['’]s\b/g, '')
        .split(/[\s,-]+/),
    );
    const roleText = entity.roles.join(' ').toLowerCase();
    const headMatches =
      roleWords.has(head) ||
      roleText.includes(head) ||
      (group?.some((member) => roleWords.has(member) || roleText.includes(member)) ?? false);
    if (!headMatches) continue;
    const overlap = words.filter((word) => word !== head && roleWords.has(word)).length;
    const recency = namedLater ? -firstMentionAfter(entity, at, context) : lastMentionBefore(entity, at, context);
    if (recency === -Infinity || (!namedLater && recency < 0)) continue;
    const score = 1 + overlap + (roleWords.has(head) ? 0.5 : 0);
    if (!best || score > best.score || (score === best.score && recency > best.recency)) best = { entity, score, recency };
  }
  return best?.entity ?? null;
}

/** A role someone held before, or a word that asks for one: "then-Housing Minister", "former chief executive", "ex-mayor". */
const PAST_ROLE = /^(?:then|former|ex|erstwhile)(?:-|\s|$)/iu;

/** Where the entity is first named after `at`, Infinity when it is not. */
function firstMentionAfter(entity: Entity, at: number, context: SpeakerContext): number {
  let first = Infinity;
  for (const antecedent of context.antecedents)
    if (antecedent.entity === entity && antecedent.at > at) first = Math.min(first, antecedent.at);
  return first;
}

function lastMentionBefore(entity: Entity, at: number, context: SpeakerContext): number {
  let last = -1;
  for (const antecedent of context.antecedents)
    if (antecedent.entity === entity && antecedent.at < at) last = Math.max(last, antecedent.at);
  return last;
}

const RECENT = 700;
/** What a person or body issues, and speaks through: "the statement said", "the letter reads". */
const ISSUED = new Set(['statement', 'letter', 'message', 'release', 'announcement', 'email', 'e-mail', 'memo']);

/**
 * The unnamed one last described before `at` (within RECENT) by a phrase whose noun is `head` ("a nurse at the
 * hospital"), when no person is named since but in that phrase's own sentence ("A nurse ... told Tom Vale that ...").
 * One named in a later sentence may be the one described ("A doctor ... said ... Dr Ann Wambui, who heads the unit,
 * confirmed ... the doctor said").
 */
function unnamedWithHead(context: SpeakerContext, at: number, head: string): Entity | null {
  const described = context.spokespeople
    .filter(
      (one) =>
        one.unnamed &&
        one.at < at &&
        at - one.at <= RECENT &&
        (one.entity.name.split(/\s+(?:of|for|at|from|in)\s+/u)[0] ?? '').split(/\s+/u).at(-1)?.toLowerCase() === head,
    )
    .sort((a, b) => b.at - a.at)[0];
  if (!described) return null;
  const namedSince = context.antecedents.some(
    (other) =>
      other.entity.kind === 'person' &&
      other.at > described.at &&
      other.at < at &&
      (other.sentence === undefined || other.sentence !== described.sentence),
  );
  return namedSince ? null : described.entity;
}

/** A name that owns a role before its holder's name: "Kipchoge's coach Patrick Sang", "Tom Vale's lawyer, Ann Fox". */
const POSSESSOR_OF_NAMED =
  /^\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*),?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll})/u;

/**
 * "Kipchoge's coach Patrick Sang was also grateful. “...,” he said.": the one whose role the name after a possessor
 * holds is the sentence's subject, not the possessor. Not one's kin ("Marta Ruiz's husband Carlos Ruiz was shot dead.
 * “...,” she said."), nor one the pronoun's gender rules out ("Helen Strand's deputy, Mark Oakes, ... she said"), nor one
 * of no known gender.
 */
function holderAfterPossessor(context: SpeakerContext, owner: Antecedent, gender: 'm' | 'f' | null): Antecedent | null {
  const possessive = POSSESSOR_OF_NAMED.exec(context.text.slice(owner.at, owner.at + 120));
  const role = possessive?.[1];
  if (!possessive || !role || !isKnownRoleNoun(role) || KIN_NOUNS.has(role)) return null;
  const holderAt = owner.at + possessive[0].length;
  const holder = context.antecedents.find((other) => other.at === holderAt && other.entity.kind === 'person');
  if (!holder) return null;
  const known = holder.entity.gender ?? fullerNameGender(holder.entity, context.registry);
  // A gender known (a given name's, a title's) says the holder is a person, not a body taken for one ("Ann Foxley's
  // employer Harbour Engineering").
  return known !== null && (gender === null || known === gender) ? holder : null;
}

/**
 * The person "he" or "she" points back to: the last one named whose gender fits; one whose gender
 * the text never showed only when named clearly later than the last one known to fit.
 */
function lastPersonBefore(context: SpeakerContext, at: number, gender: 'm' | 'f' | null, within = Infinity): Entity | null {
  let fitting: Antecedent | null = null;
  let unknown: Antecedent | null = null;
  const spokespeople = new Set(nearSpokespeople(context, at));
  for (const antecedent of [...context.antecedents, ...spokespeople]) {
    const { entity } = antecedent;
    const speaksFor = spokespeople.has(antecedent as Spokesperson);
    if (antecedent.at >= at || (entity.kind !== 'person' && !speaksFor) || at - antecedent.at > within) continue;
    // "the new director, who replaced James Mullighan last year, said ...": one named inside a relative clause is
    // what the clause says of its subject, not whom "he" goes on about.
    // (The clause stops at any comma or sentence mark, so a bounded look back is enough: an article may be one
    // paragraph of thousands of names.)
    if (INSIDE_RELATIVE.test(context.text.slice(Math.max(0, antecedent.at - RELATIVE_REACH), antecedent.at))) continue;
    const known = speaksFor ? (antecedent as Spokesperson).gender : (entity.gender ?? fullerNameGender(entity, context.registry));
    if (gender === null || known === gender) {
      if (!fitting || antecedent.at > fitting.at) fitting = antecedent;
    } else if (known === null && (!unknown || antecedent.at > unknown.at)) unknown = antecedent;
  }
  // "Blinken, speaking later, was more cautious. “We will see,” he told reporters.": one whose gender the text never
  // showed, named in the quotation's own paragraph, beats one named in an earlier paragraph, however near.
  const inOwnParagraph =
    fitting !== null &&
    unknown !== null &&
    unknown.at > fitting.at &&
    context.text.slice(fitting.at, unknown.at).includes('\n') &&
    !context.text.slice(unknown.at, at).includes('\n');
  const best = fitting && !inOwnParagraph && (!unknown || unknown.at - fitting.at < 400) ? fitting : (unknown ?? fitting);
  if (!best) return null;
  // In the sentence that named them last, the first person named is its subject: "Ibarguren ... leads
  // Lindqvist by 51 seconds. 'I was waiting,' he said" is Ibarguren speaking. Unless the last one named is the one
  // the sentence has speak ("..., said Anirudh Kumar, an official."), and never one named after a preposition ("found
  // in Bihar", "the director of Bocsar"): no subject stands there.
  // One who speaks for a body speaks in their sentence, whoever it is about ("Tom Berg was held, a spokesman said").
  // Nor when the last one named speaks in a clause of their own: "... held a conference in the Business Centre,
  // Fontabelle, St Michael where president Alister Alexander said the market was a temporary one." Not one whom
  // someone's words tell of ("Police chief Tom Wafula said fisherman Peter Lang told ..."). One "according to" names
  // is the subject, though a preposition stands before them.
  const beforeBest = context.text.slice(sentenceStartAt(context.text, best.at), best.at);
  const subject =
    spokespeople.has(best as Spokesperson) ||
    SPEAKS_IN_SENTENCE.test(beforeBest) ||
    (SPEAKS_AFTER_NAME.test(context.text.slice(best.at, best.at + 80)) && !SPEECH_VERB_WORD.test(beforeBest))
      ? undefined
      : context.antecedents.find(
          (other) =>
            other.sentence !== undefined &&
            other.sentence === best.sentence &&
            other.at < best.at &&
            other.entity.kind === 'person' &&
            (!followsPreposition(context.text, other.at) || isAccordingSource(context.text, other.at, best.at)) &&
            (gender === null || other.entity.gender === gender || other.entity.gender === null),
        );
  const chosen = subject ?? best;
  const found = holderAfterPossessor(context, chosen, gender) ?? chosen;
  // "He compared it to a win under Dhoni’s captaincy.", "He was overtaken by Rafa Nadal.": a sentence whose subject is
  // "he" goes on about someone named before it, and so does a "he said" after it, not the one it names in passing.
  const sentenceStart = sentenceStartAt(context.text, found.at);
  const opening = context.text.slice(sentenceStart, found.at);
  const pronoun = (PRONOUN_SUBJECT.exec(opening) ?? PRONOUN_AFTER_PHRASE.exec(opening))?.[1]?.toLowerCase();
  const pronounGender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
  if (pronounGender && (gender === null || gender === pronounGender)) {
    const earlier = lastPersonBefore(context, sentenceStart, pronounGender, within === Infinity ? Infinity : within - (at - sentenceStart));
    if (earlier && earlier !== found.entity) return earlier;
  }
  return found.entity;
}

/**
 * The unnamed spokespeople "he" or "she" at `at` may be: from their own paragraph, or the one before (further back,
 * "he" is more likely someone the article named, whom the tagger may not have known for a person) when no person is
 * named in the paragraph before theirs, before them in theirs, or after them ("Tom Berg was dropped. A spokesman for
 * the club would not comment. “I am gutted,” he said." is Tom Berg's); in their own sentence the person is who it
 * is about ("Tom Berg was held, a spokesman said").
 */
function nearSpokespeople(context: SpeakerContext, at: number): Spokesperson[] {
  const { text } = context;
  return context.spokespeople.filter((one) => {
    if (one.at >= at || at - one.at > SPOKESPERSON_REACH) return false;
    const breaks = text.slice(one.at, at).match(/\n+/gu)?.length ?? 0;
    if (breaks > 1) return false;
    // "“...,” a police spokeswoman said. “...,” she added.": in their own paragraph, they are the one speaking.
    if (breaks === 0) return true;
    // "A 34-year-old woman said she had waited two years." then "“...,” she said.": one the paragraph before reports,
    // unless someone is named after them.
    if (one.unnamed) return !context.antecedents.some((other) => other.entity.kind === 'person' && other.at > one.at && other.at < at);
    const paragraphStart = text.lastIndexOf('\n', one.at - 1) + 1;
    // Back over the blank lines between the paragraphs, then to the start of the one before.
    let previousEnd = paragraphStart;
    while (previousEnd > 0 && text[previousEnd - 1] === '\n') previousEnd -= 1;
    const from = text.lastIndexOf('\n', previousEnd - 1) + 1;
    const ownSentence = sentenceStartAt(text, one.at);
    return !context.antecedents.some(
      (other) => other.entity.kind === 'person' && other.at >= from && other.at < at && !(other.at >= ownSentence && other.at < one.at),
    );
  });
}

/**
 * "According to Sekou Nkrumah, no amount of lies will bring back Mahama.": the one "according to" names is the
 * sentence's speaker, though a preposition stands before the name.
 */
const ACCORDING_TO_BEFORE = /(?<![\p{L}])according to\s+$/iu;
/** How near the comma after "according to X," a name may stand and be what the sentence is about, its subject. */
const SUBJECT_AFTER_COMMA = 30;

/**
 * Whether the name at `at` follows "according to" as the source of the sentence, and the one named later at `later`
 * is not that sentence's own subject ("According to Dr Peter Njoroge, his patient Daniel Kiprop is recovering": the
 * "he said" after it is Kiprop's).
 */
export function isAccordingSource(text: string, at: number, later: number): boolean {
  if (!ACCORDING_TO_BEFORE.test(text.slice(Math.max(0, at - 16), at))) return false;
  const comma = text.indexOf(',', at);
  return comma >= 0 && comma < later && later - comma > SUBJECT_AFTER_COMMA;
}

/** The words before a name that a speech verb has speak: "..., said Anirudh Kumar", "said Deputy Minister Kari Nes". */
// The name's words (an initial's stop, no sentence's), then the verb: not "Cal Fire. He says".
const SPEAKS_AFTER_NAME = /^(?:(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)[^\S\n]+){1,5}(?:said|says|told|tells|added|adds)(?![\p{L}])/u;
const SPEAKS_IN_SENTENCE = new RegExp(
  String.raw`(?<![\p{L}])(?:${SPEECH_VERB_PATTERN}|according to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`,
  'u',
);
/**
 * A name right after a preposition ("in Bihar", "of the Bocsar", "On Newstalk Breakfast, James Browne admitted"): the
 * object of a phrase, not a subject, in any case.
 */
const AFTER_PREPOSITION = new RegExp(String.raw`(?<![\p{L}])(?:${OBJECT_PREPOSITIONS.join('|')})\s+(?:the\s+)?$`, 'iu');
/** Capitalised words right before a name: a title or role, when one of them is a title's or a role's word. */
const TITLES_BEFORE = /(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;

/** Whether the name at `at` stands right after a preposition (AFTER_PREPOSITION). */
export function followsPreposition(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  // The name's titles may stand between: "by Health Minister Dr Lackram Bodoe".
  const titles = TITLES_BEFORE.exec(before)?.[0] ?? '';
  const titled = titles.split(/\s+/u).some((word) => TITLE_WORDS.has(word.toLowerCase().replace(/\.$/u, '')) || isRoleNoun(word));
  return AFTER_PREPOSITION.test(titled ? before.slice(0, before.length - titles.length) : before);
}

/** Inside a relative clause set off by a comma and not yet closed: ", who replaced ", ", whom the club signed from ". */
const INSIDE_RELATIVE = /,\s+(?:who|whom|whose)\s[^,.;:!?“”"]*$/u;
/** How far back a spokesperson is looked for: two paragraphs of news are shorter, and a run-on page is not read again for each "he". */
const SPOKESPERSON_REACH = 4000;
/** How far back a relative clause before a name is looked for, in characters. */
const RELATIVE_REACH = 200;

/** A sentence whose subject is "he" or "she", after an opening word or phrase ("But", "Later,"). */
const PRONOUN_SUBJECT = /^["“‘]?(?:(?:But|And|Then|Later|Still|Yet|However|Now|Earlier|Instead)\b,?\s+)?(He|She)\s/u;
/** "As the Ugly of the title, he stole Sergio Leone’s western": "he" after a phrase set off by a comma, then its verb. */
const PRONOUN_AFTER_PHRASE = /^[^,]{3,80},\s+(he|she)\s+(?!and\b|or\b)\p{Ll}{2,}/u;

/** Where the sentence holding `at` starts, as the cues cut sentences (within its paragraph). */
function sentenceStartAt(text: string, at: number): number {
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  return paragraphStart + lastSentenceStart(text.slice(paragraphStart, at));
}

/**
 * What "it" points back to: the last body named before, unless a preposition stands before it ("Kestrel Air apologised
 * over Twitter. It said ..."): then the last body of that sentence that none stands before, if any. "The Harbour Times
 * contacted Harbour Bank for comment. “...,” it said." is the bank's, as the last body named.
 */
function subjectBodyBefore(context: SpeakerContext, at: number): Entity | null {
  const isBody = (entity: Entity) => entity.kind === 'organisation';
  let last: Antecedent | null = null;
  for (const antecedent of context.antecedents) {
    if (antecedent.at < at && isBody(antecedent.entity) && (!last || antecedent.at > last.at)) last = antecedent;
  }
  if (!last || last.sentence === undefined) return last?.entity ?? null;
  // "The IMF, World Bank, OECD have revised ...": "it" is none of a list of three bodies or more; it goes on about
  // the body named before the list. A sentence whose own body comes first and does something ("The council said it
  // had bids from A, B and C", "Shares in Polaris rose after it won contracts from A, B and C") is about that body.
  const sentence = last.sentence;
  const listed = context.antecedents
    .filter((antecedent) => antecedent.sentence === sentence && isBody(antecedent.entity))
    .sort((a, b) => a.at - b.at);
  if (new Set(listed.map((antecedent) => antecedent.entity)).size >= 3) {
    const [first, second] = listed as [Antecedent, Antecedent];
    const between = context.text.slice(first.at, second.at).replace(/^(?:\p{Lu}[\p{L}'’.&-]*\s*)+/u, '');
    if (!/^[\s,]*(?:(?:and|the)\s+)*$/u.test(between)) return first.entity;
    // The list is the sentence's subject: the body before the sentence. Or it comes after the subject's verb, and the
    // subject is no body known ("Kelsford County Council said it had bids from A, B and C"): no one sure.
    const opening = context.text.slice(sentenceStartAt(context.text, first.at), first.at);
    return /^\W*(?:the\s+)?$/iu.test(opening) ? subjectBodyBefore(context, first.at) : null;
  }
  const afterPreposition = (antecedent: Antecedent) => followsPreposition(context.text, antecedent.at);
  if (!afterPreposition(last)) return last.entity;
  const other = context.antecedents
    .filter((antecedent) => antecedent.sentence === sentence && antecedent.at < last.at && isBody(antecedent.entity))
    .filter((antecedent) => !afterPreposition(antecedent))
    .at(-1);
  return (other ?? last).entity;
}

const fullerGenders = new WeakMap<Entity, 'm' | 'f' | null>();

/**
 * "said Sue." after "Madam Sue Sheward": a short name whose gender the text never showed has the gender of the one
 * person whose fuller name starts or ends with it (none when two such people differ).
 */
function fullerNameGender(entity: Entity, registry: EntityRegistry): 'm' | 'f' | null {
  const known = fullerGenders.get(entity);
  if (known !== undefined) return known;
  const genders = new Set(entity.words.length === 0 ? [] : fullerPeopleOf(entity, registry).map((other) => other.gender));
  const gender = genders.size === 1 ? ([...genders][0] ?? null) : null;
  fullerGenders.set(entity, gender);
  return gender;
}

/** The most recent entity before `at` that fits; `skip` passes over that many fitting ones. */
function lastBefore(context: SpeakerContext, at: number, fits: (entity: Entity) => boolean, limitBack = Infinity): Entity | null {
  let best: Antecedent | null = null;
  for (const antecedent of context.antecedents) {
    if (antecedent.at >= at || !fits(antecedent.entity)) continue;
    if (!best || antecedent.at > best.at) best = antecedent;
  }
  if (best && limitBack !== Infinity && at - best.at > 600) return null;
  return best?.entity ?? null;
}
