import { ORG_APPOSITIVE, ORG_COPULA, subjectAfterPhrase, strongest, type Evidence, type Kind, type Mention } from './name-mentions';
import { isGenerationMark, PATRONYMIC_PARTICLES, PERSON_PRONOUNS, SURNAME_PARTICLES } from './name-words';
import { isRoleNoun } from './role-nouns';
import type { Term } from './tagged-terms';

/** One person, body or place of the article, with every mention of it. */
export type Entity = {
  kind: Kind | null;
  /** In full, as first introduced. */
  name: string;
  words: string[];
  mentions: Mention[];
  gender: 'm' | 'f' | null;
  /** The gender came from a title ("Mr", "Ms"), not from a first name: pronouns do not overrule it. */
  genderFromTitle: boolean;
  /** Titles and roles it was introduced with ("NATO Secretary-General", "the Civic Forward leader"). */
  roles: string[];
  evidence: Evidence;
  aliases: Set<string>;
};

export type EntityRegistry = {
  entities: Entity[];
  entityOf: Map<Mention, Entity>;
};

const lower = (text: string): string => text.toLowerCase();

/** Groups mentions into entities: "Stoltenberg" and "Jens Stoltenberg" are one person. */
export function buildRegistry(
  mentions: readonly Mention[],
  text: string,
  terms: readonly Term[],
  inQuote: (at: number) => boolean,
): EntityRegistry {
  const entities: Entity[] = [];
  const entityOf = new Map<Mention, Entity>();
  const body = mentions.filter((mention) => !mention.inHeadline);
  for (const mention of body) {
    const known = findEntity(entities, mention.name, mention.words, mention.evidence);
    if (known) {
      // A surname on its own says nothing of its own about kind ("Fenwick" is also a town's name).
      const bySurname = isSurnameOf(known.words, mention.words);
      attach(known, bySurname ? { ...mention, evidence: { person: 1, organisation: 0, place: 0 } } : mention, entityOf);
      if (bySurname) entityOf.set(mention, known);
    } else {
      const entity: Entity = {
        kind: null,
        name: mention.name,
        words: mention.words,
        mentions: [],
        gender: null,
        genderFromTitle: false,
        roles: [],
        evidence: { person: 0, organisation: 0, place: 0 },
        aliases: new Set([lower(mention.name)]),
      };
      entities.push(entity);
      attach(entity, mention, entityOf);
    }
    const acronym = /^\s*\((\p{Lu}[\p{Lu}&]{1,7})\)/u.exec(text.slice(mention.end, mention.end + 12))?.[1];
    const entity = entityOf.get(mention);
    if (acronym && entity) entity.aliases.add(lower(acronym));
    if (entity) collectRole(entity, mention, text);
  }
  mergeSurnameFirst(entities, entityOf);
  // The title and headings name people the body introduces; they never introduce anyone themselves.
  for (const mention of mentions.filter((each) => each.inHeadline)) {
    const known = findEntity(entities, mention.name, mention.words, mention.evidence);
    if (known) attach(known, mention, entityOf);
  }
  for (const entity of entities) entity.kind = kindOf(entity);
  voteGenderFromPronouns(
    entities,
    entityOf,
    terms.filter((term) => !inQuote(term.start)),
  );
  return { entities, entityOf };
}

function attach(entity: Entity, mention: Mention, entityOf: Map<Mention, Entity>): void {
  entity.mentions.push(mention);
  entityOf.set(mention, entity);
  entity.aliases.add(lower(mention.name));
  for (const key of Object.keys(entity.evidence) as Kind[]) entity.evidence[key] += mention.evidence[key];
  if (mention.role) entity.roles.push(mention.role);
  if (mention.gender && !entity.genderFromTitle && (!entity.gender || mention.role)) {
    entity.gender = mention.gender;
    entity.genderFromTitle = Boolean(mention.role);
  }
  // A fuller form of a name seen first in short: the full one names the entity.
  if (mention.words.length > entity.words.length && entity.words.every((word) => mention.words.includes(word))) {
    entity.name = mention.name;
    entity.words = mention.words;
  }
}

/**
 * The people whose fuller name starts or ends with this one's words: "Ammie" for "Ammie Farraj Feijoo", "Sue" for
 * "Sue Sheward". A description has no words, so every person's name "starts" with it: callers decide what that means.
 */
export function fullerPeopleOf(entity: Entity, registry: EntityRegistry): Entity[] {
  const { words } = entity;
  return registry.entities.filter(
    (other) =>
      other !== entity &&
      other.kind === 'person' &&
      other.words.length > words.length &&
      (words.every((word, i) => other.words[i] === word) || words.every((word, i) => other.words.at(i - words.length) === word)),
  );
}

/** The entity a name refers to, if the article has introduced it. */
export function findEntity(entities: readonly Entity[], name: string, words: readonly string[], evidence?: Evidence): Entity | undefined {
  const key = lower(name);
  for (let k = entities.length - 1; k >= 0; k--) if (entities[k]?.aliases.has(key)) return entities[k];
  const mentionKind = evidence ? strongest(evidence) : null;
  const personLike = (entity: Entity): boolean =>
    entity.words.length >= 2 && (kindOf(entity) ?? 'person') === 'person' && mentionKind !== 'place' && mentionKind !== 'organisation';
  for (let k = entities.length - 1; k >= 0; k--) {
    const entity = entities[k] as Entity;
    if (personLike(entity) && isParticleSurnameOf(entity.words, words)) return entity;
  }
  for (let k = entities.length - 1; k >= 0; k--) {
    const entity = entities[k] as Entity;
    if (personLike(entity) && isDoubleSurnameOf(entity.words, words)) return entity;
  }
  if (words.length === 1) {
    const word = words[0] ?? '';
    for (let k = entities.length - 1; k >= 0; k--) {
      const entity = entities[k] as Entity;
      if (personLike(entity) && surnameOf(entity.words) === word) return entity;
    }
    for (let k = entities.length - 1; k >= 0; k--) {
      const entity = entities[k] as Entity;
      if (personLike(entity) && isGivenNameOfPatronymic(entity.words, word)) return entity;
    }
    for (let k = entities.length - 1; k >= 0; k--) {
      const entity = entities[k] as Entity;
      if (kindOf(entity) === 'organisation' && initialsOf(entity.words) === word) return entity;
    }
    return undefined;
  }
  for (let k = entities.length - 1; k >= 0; k--) {
    const entity = entities[k] as Entity;
    // "Brennick General" for "Brennick General Hospital": the start of a body's name.
    if (
      kindOf(entity) === 'organisation' &&
      words.length < entity.words.length &&
      words.every((word, i) => entity.words[i] === word) &&
      mentionKind !== 'place'
    )
      return entity;
  }
  for (let k = entities.length - 1; k >= 0; k--) {
    const entity = entities[k] as Entity;
    // "J. Stoltenberg", "Jens Stoltenberg": same surname, same first initial.
    if (
      personLike(entity) &&
      entity.words.at(-1) === words.at(-1) &&
      entity.words[0]?.[0] === words[0]?.[0] &&
      mentionKind !== 'organisation'
    )
      return entity;
  }
  return undefined;
}

/** Whether `words` are the surname alone of the full name `full`: "Stoltenberg", "Ten Hag" of "Erik ten Hag". */
function isSurnameOf(full: readonly string[], words: readonly string[]): boolean {
  return words.length === 1 ? full.length > 1 && surnameOf(full) === words[0] : isParticleSurnameOf(full, words);
}

/**
 * Whether `words` are the double surname of `full`, with its hyphen where the full name had none or the other way
 * round: "Opare-Addo" of "George Opare Addo", "Smith Jones" of "Mary Smith-Jones".
 */
function isDoubleSurnameOf(full: readonly string[], words: readonly string[]): boolean {
  // The hyphen in the surname, the last word: "Luc Moreau" is not "Jean-Luc Moreau", whose given name has it.
  const hyphenInGiven = (list: readonly string[]) => list.slice(0, -1).some((word) => word.includes('-'));
  if (hyphenInGiven(full) || hyphenInGiven(words)) return false;
  const hyphened = (list: readonly string[]) => (list.at(-1) ?? '').includes('-');
  if (hyphened(full) === hyphened(words)) return false;
  const parts = words.flatMap((word) => word.split('-'));
  const fullParts = full.flatMap((word) => word.split('-'));
  if (parts.length < 2 || fullParts.length <= parts.length) return false;
  return parts.every((part, i) => fullParts[fullParts.length - parts.length + i] === part);
}

/**
 * Whether `word` is the given name of a name built on "son of" ("Abdulaziz" of "Abdulaziz bin Salman", "Hamdan" of
 * "Hamdan bin Rashid"): such a person is named again by the given name ("Prince Abdulaziz said"), not by the father's.
 */
function isGivenNameOfPatronymic(full: readonly string[], word: string): boolean {
  return full.length >= 3 && full[0] === word && full.slice(1, -1).some((each) => PATRONYMIC_PARTICLES.has(lower(each)));
}

/** The last word of a full name but a generation's mark: "King" of "Martin Luther King Jr". */
function surnameOf(full: readonly string[]): string | undefined {
  const last = full.at(-1);
  return full.length > 2 && isGenerationMark(last ?? '') ? full.at(-2) : last;
}

/**
 * Whether `words` are the surname of a person's full name `full` that has a particle: "Ten Hag" or "ten Hag" of "Erik
 * ten Hag", "Van der Sar" of "Edwin van der Sar". The particle takes a capital at a sentence's start and, in English
 * copy, often anywhere else, so case is ignored; a first name must stand before the particle.
 */
function isParticleSurnameOf(full: readonly string[], words: readonly string[]): boolean {
  if (words.length < 2 || words.length >= full.length || !SURNAME_PARTICLES.has(lower(words[0] ?? ''))) return false;
  const surname = full.slice(full.length - words.length);
  return surname.every((word, i) => lower(word) === lower(words[i] ?? ''));
}

function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join('');
}

/** "Stoltenberg" seen before "Jens Stoltenberg": one person after all. */
function mergeSurnameFirst(entities: Entity[], entityOf: Map<Mention, Entity>): void {
  for (let k = entities.length - 1; k >= 0; k--) {
    const short = entities[k] as Entity;
    if (short.words.length !== 1 && !SURNAME_PARTICLES.has(lower(short.words[0] ?? ''))) continue;
    const full = entities.filter((entity) => entity !== short && isSurnameOf(entity.words, short.words) && kindOf(entity) === 'person');
    if (full.length !== 1) continue;
    const target = full[0] as Entity;
    for (const mention of short.mentions) attach(target, mention, entityOf);
    target.mentions.sort((a, b) => a.start - b.start);
    entities.splice(k, 1);
  }
}

function kindOf(entity: Entity): Kind | null {
  const kind = strongest(entity.evidence);
  if (kind) return kind;
  // A role read before the name ("Ghanaian" of "Ghanaian Afrobeat artiste Yaw Berk") is no person's when the text
  // itself says the name is none: it stands before someone else's role.
  if ((entity.gender || entity.roles.length) && entity.evidence.person >= 0) return 'person';
  return null;
}

const ROLE_AFTER =
  /^,\s+((?:who\s+(?:leads|heads|runs|chairs)\s+)?(?:the|a|an)\s+[^,.;:"“”]{2,80}?|(?:[\p{L}-]+\s+){0,3}(?:spokesperson|spokesman|spokeswoman|chief|head|leader|director|minister|officer|manager|chair|chairman|chairwoman|president|secretary|executive|founder|coach|mayor|governor|commissioner)\b[^,.;:"“”]{0,60}?)(?=,|\.|;|\s+(?:said|says|told|added)\b)/u;
const ROLE_BEFORE = /((?:[\p{Ll}\p{Lu}][\p{L}'’-]*\s+){1,5})$/u;
// "Maria Lopez is the mayor of Dunmore.", "Ellis, who became chief executive in May": a role given by a verb.
const COPULA_ROLE =
  /^,?\s+(?:who\s+)?(?:is|was|has been|had been|became|becomes|remains|serves as|served as)\s+(?:now\s+)?(?:the|a|an|its|their)?\s*([^,.;:"“”()]{2,60}?)(?=[,.;:]|\s+(?:and|who|since|until|in|from|after|when|but)\b|$)/u;

/** The role a verb gives the name right after it, when its head before any "of" or "for" is a role noun. */
function copularRole(following: string): string | undefined {
  const role = COPULA_ROLE.exec(following)?.[1];
  const head = role?.split(/\s+(?:of|for|at|to)\s+/u)[0]?.split(/\s+/u);
  return role && head && head.length <= 4 && isRoleNoun(head.at(-1) ?? '') ? role : undefined;
}

function collectRole(entity: Entity, mention: Mention, text: string): void {
  const following = text.slice(mention.end, mention.end + 120);
  const after =
    ORG_APPOSITIVE.test(following) || subjectAfterPhrase(text, mention.start, mention.end) ? undefined : ROLE_AFTER.exec(following)?.[1];
  if (after) addRole(entity, after);
  // A role given by a verb is read only for someone already taken for a person: "Niantic is the developer of" is a
  // company's, and a role would make it a person's.
  const given = after ? undefined : copularRole(following);
  if (given && strongest(entity.evidence) === 'person') entity.roles.push(given);
  const window = text.slice(Math.max(0, mention.start - 60), mention.start);
  const before = window.slice(
    Math.max(window.lastIndexOf('\n'), ...['. ', '? ', '! ', '“', '"'].map((end) => window.lastIndexOf(end))) + 1,
  );
  // "One of Unicorn's partners, Koniku, is a US-based firm": a role noun before a name the text then calls a body.
  if (ORG_COPULA.test(following)) return;
  // "the authority's chief executive, Mara Ellingsen"
  if (/,\s*$/.test(before)) {
    const words = ROLE_BEFORE.exec(before.replace(/,\s*$/, ' '))?.[1]?.trim().split(/\s+/) ?? [];
    // The role runs back to its article or its owner: "the authority's chief executive", "Saltmere's mayor".
    const lower = words.map((w) => w.toLowerCase());
    const lastDeterminer = Math.max(
      ...['the', 'a', 'an', 'its', 'his', 'her', 'their'].map((word) => lower.lastIndexOf(word)),
      lower.findLastIndex((w) => /['’]s$/u.test(w)) - 1,
    );
    const role = words.slice(lastDeterminer + 1);
    if (lastDeterminer >= 0 && role.length && isRoleNoun(role.at(-1) ?? '')) addRole(entity, role.join(' '));
    return;
  }
  // "Governor Margit Solvang", "Rovers manager Marek Halloran", "council leader Mara Ellingsen"
  const words = ROLE_BEFORE.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
  if (!isRoleNoun(words.at(-1) ?? '')) return;
  let from = words.length - 1;
  while (
    from > 0 &&
    /^[\p{Lu}\p{Ll}][\p{L}'’-]*$/u.test(words[from - 1] ?? '') &&
    !/^(?:the|a|an|said|says|told|and|or|by|with|of|to|from|for|in|on|at)$/iu.test(words[from - 1] ?? '')
  )
    from -= 1;
  addRole(entity, words.slice(from).join(' '));
}

/** A role given with a name is the strongest sign that the name is a person's. */
function addRole(entity: Entity, role: string): void {
  entity.roles.push(role);
  entity.evidence.person += 2;
}

/** "Ilse Vandorn ... said her party": a person named just before "her" or "she" is a woman. */
function voteGenderFromPronouns(entities: Entity[], entityOf: Map<Mention, Entity>, terms: readonly Term[]): void {
  const votes = new Map<Entity, { m: number; f: number }>();
  const people = [...entityOf.entries()]
    .filter(([mention, entity]) => entity.kind === 'person' && !mention.inQuote && !mention.inHeadline)
    .sort((a, b) => a[0].start - b[0].start);
  for (const term of terms) {
    const gender = PERSON_PRONOUNS[term.normal];
    if (!gender) continue;
    const candidates = people.filter(([mention]) => mention.start < term.start && term.sentence - mention.sentence <= 1);
    const distinct = new Set(candidates.map(([, entity]) => entity));
    if (distinct.size !== 1) continue;
    const entity = [...distinct][0] as Entity;
    const vote = votes.get(entity) ?? { m: 0, f: 0 };
    vote[gender] += 1;
    votes.set(entity, vote);
  }
  for (const entity of entities) {
    const vote = votes.get(entity);
    if (!vote || vote.m === vote.f || entity.genderFromTitle) continue;
    // Pronouns outvote a first name's usual gender ("Idris" is not always a woman's name to a lexicon).
    const voted = vote.m > vote.f ? 'm' : 'f';
    if (!entity.gender || Math.abs(vote.m - vote.f) >= 2) entity.gender = voted;
  }
}
