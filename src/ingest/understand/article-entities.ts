import type { Entities } from '../../article/article-schema';
import type { EntityRegistry } from './entity-registry';
import { PORTFOLIO_WORDS } from './name-words';
import { isRoleInCapitals, splitRole } from './role-nouns';
import { cleanName, personAfterRole } from './speaker-name';
import { lexiconTags } from './tagged-terms';

type Kind = 'person' | 'organisation' | 'place';

/**
 * People, organisations and places, each list most mentioned first (ties: first mentioned first). An entity named
 * only inside a title or nickname in quote marks (`inMarkedName`) is none: "Things" of "Stranger Things".
 */
export function listEntities(registry: EntityRegistry, inMarkedName: (at: number) => boolean = () => false): Entities {
  const named = registry.entities.filter((entity) => entity.mentions.some((mention) => !inMarkedName(mention.start)));
  const ranked = named.sort((a, b) => b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const listed = ranked.flatMap((entity) => {
    if (entity.kind !== 'person' && entity.kind !== 'organisation' && entity.kind !== 'place') return [];
    // A person is listed as a speaker is named: without a role run into the name ("Presidential Innovation Fellow Jeff
    // Meisel") or a footnote's mark ("Horst Rittel[1").
    const name = entity.kind === 'person' ? (personAfterRole(entity.name) ?? cleanName(listedName(entity.name))) : listedName(entity.name);
    if (!isRoleInCapitals(name)) return [{ kind: entity.kind as Kind, name }];
    // A role is no one's name: the list gives the body or place it is held in, if any.
    const body = bodyOfRole(name);
    return body !== null && entity.kind !== 'person' ? [{ kind: entity.kind as Kind, name: body }] : [];
  });
  const names = (kind: Kind): string[] => [...new Set(listed.filter((each) => each.kind === kind).map((each) => each.name))];
  return { people: names('person'), organisations: names('organisation'), places: names('place') };
}

/**
 * The name as a list shows it: an abbreviation's bracket the name ran into and never closed ("Japan International
 * Cooperation Agency (JICA") is left out. (Speakers read the name as found: an odd one is rarely a speaker's.)
 */
function listedName(name: string): string {
  return name.replace(/\s*\([^)]*$/u, '');
}

/** Endings of words naming a field of work: "Operations", "Policy", "Engineering", "Strategy", "Sales". */
const REMIT_ENDING = /(?:tions?|sions?|ments?|ance|ence|ity|ing|ness|ship|ism|ure|ies|ics|cy|gy|ales)$/u;
/** What the lexicon says of a common word ("Staff", "Research") and of a name ("France", "Leeds"). */
const COMMON_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Gerund', 'Infinitive', 'Noun', 'Adjective']);
const PROPER_TAGS = new Set(['Country', 'City', 'Region', 'Place', 'ProperNoun', 'Organization', 'Person', 'FirstName', 'LastName']);

/**
 * What a role in capitals is held in: "Deputy Mayor of Leeds" is Leeds's, "Chief Executive of the Harbour Group" the
 * Harbour Group's. Null when it names only what the role does ("Director of Operations", "Head of Policy and
 * Strategy", "Chief of Staff").
 */
function bodyOfRole(name: string): string | null {
  const body = splitRole(name).heldIn;
  if (!body) return null;
  const words = body.toLowerCase().split(/\s+/u);
  const proper = (word: string) => lexiconTags(word).some((tag) => PROPER_TAGS.has(tag));
  // A field's words: listed portfolios, or built as such nouns are; one word alone may also be a common one the
  // lexicon knows ("Staff"), which among others is a name's ("Harbour Group").
  const field = (word: string) => !proper(word) && (PORTFOLIO_WORDS.has(word) || word === 'and' || word === '&' || REMIT_ENDING.test(word));
  const common = (word: string) => !proper(word) && lexiconTags(word).some((tag) => COMMON_TAGS.has(tag));
  if (words.every(field) || (words.length === 1 && common(words[0] as string))) return null;
  return body;
}
