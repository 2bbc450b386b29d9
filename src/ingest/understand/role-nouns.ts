import { TITLE_WORDS } from './name-words';
import { lexiconTags } from './tagged-terms';

/** Role nouns that stand for one another when a story refers back to someone ("the chief" for a secretary-general). */
export const ROLE_GROUPS: string[][] = [
  [
    'chief',
    'head',
    'leader',
    'boss',
    'director',
    'president',
    'chair',
    'chairman',
    'chairwoman',
    'chairperson',
    'secretary-general',
    'director-general',
    'executive',
    'ceo',
    'commander',
    'leads',
    'heads',
    'runs',
    'chairs',
    'governor',
    'premier',
    'founder',
    'owner',
  ],
  ['spokesperson', 'spokesman', 'spokeswoman', 'spokespeople'],
  ['scientist', 'researcher', 'professor', 'academic', 'expert', 'analyst', 'economist', 'lecturer', 'historian'],
  ['doctor', 'physician', 'surgeon', 'consultant', 'paediatrician', 'pediatrician', 'nurse', 'epidemiologist'],
  ['officer', 'official', 'inspector', 'detective', 'superintendent', 'constable', 'commissioner'],
  ['coach', 'manager', 'trainer'],
  ['minister', 'secretary'],
  ['archbishop', 'bishop', 'priest', 'vicar', 'imam', 'rabbi', 'pastor', 'reverend'],
  ['team-mate', 'teammate', 'colleague', 'deputy', 'assistant'],
  ['pope', 'pontiff'],
  // "Senate Minority Whip Dick Durbin": a party's whip in a parliament.
  ['whip'],
  // "Assistant Prosecutor Jennifer Kuiper-Weise": the lexicon knows no "prosecutor" for a role.
  ['prosecutor'],
  // "Ghanaian Afrobeat artiste Yaw Berk": the lexicon knows "artist", not the spelling of Ghana's or Britain's press.
  ['artist', 'artiste'],
  // "quipped the veteran comedian": not "comic", which would make a title of "Comic Relief".
  ['comedian'],
];

/**
 * People a story quotes for who they are, not for a post they hold: "an aggrieved student said", "one resident said".
 * They make a description a speaker (speakers.ts), but unlike roles they are no title before a name: "Federal
 * Student Aid", "National Voter Registration".
 */
export const PEOPLE_NOUNS = new Set([
  'student',
  'pupil',
  'resident',
  'residents',
  'villager',
  'neighbour',
  'homeowner',
  'householder',
  'tenant',
  'passenger',
  'commuter',
  'motorist',
  'pedestrian',
  'protester',
  'protesters',
  'demonstrator',
  'demonstrators',
  'fan',
  'supporter',
  'voter',
  'shopper',
  'visitor',
  'tourist',
  'participant',
  'interviewee',
  // "One educator said": a teacher kept unnamed (as a role of ROLE_GROUPS it would point to a teacher named later).
  'educator',
  'bystander',
  'onlooker',
  'eyewitness',
]);

/**
 * Who someone is by age or kin, not by what they do ("a 34-year-old woman said", "one mother said"), with the gender
 * the noun gives, if any.
 */
export const SOMEONE_NOUNS = new Map<string, 'm' | 'f' | null>([
  ...['man', 'boy', 'father', 'son', 'husband', 'widower', 'grandfather'].map((noun) => [noun, 'm'] as const),
  ...['woman', 'girl', 'mother', 'daughter', 'wife', 'widow', 'grandmother'].map((noun) => [noun, 'f'] as const),
  ...['teenager', 'victim', 'survivor', 'witness', 'customer', 'patient', 'parent'].map((noun) => [noun, null] as const),
]);

/** Kin and those close to someone, known by whose they are: "Mansfield’s daughter", "the victim's widow". */
export const KIN_NOUNS = new Set([
  'daughter',
  'son',
  'wife',
  'husband',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'brother',
  'sister',
  'widow',
  'widower',
  'fiancée',
  'fiance',
  'niece',
  'nephew',
  'aunt',
  'uncle',
  'cousin',
  'grandmother',
  'grandfather',
  'granddaughter',
  'grandson',
  'girlfriend',
  'boyfriend',
  'neighbour',
  'neighbor',
  'friend',
]);

/**
 * Those who speak for someone else: "a spokesperson for the council", "his tour publicist", "a lawyer for the family".
 * Their words are theirs (a description), not those of the one they speak for.
 */
export const SPEAKS_FOR = new Set([
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokespeople',
  'publicist',
  'publicists',
  'representative',
  'representatives',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'solicitor',
  'solicitors',
  'counsel',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'agent',
  'agents',
]);

/** A noun naming what someone does: compromise's "Actor" words, titles, and the groups above. */
export function isKnownRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  // "Undersecretary", "Vice-President", "co-chair": a rank prefixed to a role is a role.
  const role = lower.replace(/^(?:under|vice-?|co-|sub-?)(?=\p{L}{4})/u, '');
  return [lower, role].some(
    (each) => TITLE_WORDS.has(each) || ROLE_GROUPS.some((group) => group.includes(each)) || lexiconTags(each).includes('Actor'),
  );
}

/** A noun for one person: what they do ("analyst"), who they are for a story ("resident") or by age or kin ("woman"). */
export function isPersonNoun(word: string): boolean {
  return isKnownRoleNoun(word) || PEOPLE_NOUNS.has(word) || SOMEONE_NOUNS.has(word);
}

/** A role noun, or a word the lexicon lacks that is built like one ("Dutchman", "campaigner", "restaurateur"). */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  // "the Colombian", "the Dutchman": who someone is, standing for their name.
  if (lexiconTags(lower).includes('Demonym')) return true;
  return isKnownRoleNoun(lower) || (/(?:man|woman|person|ist|er|or|ian|eur)$/u.test(lower) && lexiconTags(lower).length === 0);
}

/** Words that rank a role rather than name one: "Senior Vice President", "Acting Director". */
const RANKS = new Set([
  'senior',
  'junior',
  'acting',
  'interim',
  'managing',
  'general',
  'associate',
  'principal',
  'lead',
  'founding',
  'joint',
  'former',
]);

/** Where a role's words end and what it is held in begins: "Chief Executive | of the | Harbour Group". */
const ROLE_JOINER = /\s+(?:of|for|at|to)\s+(?:the\s+)?/u;

/** A role's words, and what follows its first "of", "for", "at" or "to" (without "the"), if anything. */
export function splitRole(text: string): { role: string; heldIn: string | null } {
  const joiner = ROLE_JOINER.exec(text);
  return joiner ? { role: text.slice(0, joiner.index), heldIn: text.slice(joiner.index + joiner[0].length) } : { role: text, heldIn: null };
}

/**
 * A role in capitals that names no one: "Chief Executive of Harbour Group", "Director of Operations", "Deputy Mayor".
 * Its words up to "of", "for", "at" or "to" are all roles or ranks; "Director Rune Aalto" names someone.
 */
export function isRoleInCapitals(text: string): boolean {
  const words = splitRole(text).role.split(/\s+/u);
  // "Friends of the Merrow", "Sisters of Mercy": people in the plural are a body's name.
  if (/\p{Ll}{3}[^s]s$/u.test(words.at(-1) as string)) return false;
  return words.some((word) => isKnownRoleNoun(word)) && words.every((word) => isKnownRoleNoun(word) || RANKS.has(word.toLowerCase()));
}
