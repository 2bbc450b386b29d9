import type { Random } from './random';

/**
 * Fictional names, built from syllable tables so that 100,000 articles do not repeat a small cast.
 * The syllables are chosen to sound like names from nowhere in particular; none is meant to be a
 * real person, place or company.
 */

export type Gender = 'female' | 'male';
export type Person = { first: string; last: string; gender: Gender };

const FEMALE_STARTS = [
  'A',
  'E',
  'I',
  'Ma',
  'Li',
  'So',
  'Ta',
  'Ve',
  'Na',
  'Ro',
  'Ca',
  'Ele',
  'Mi',
  'Za',
  'Ori',
  'Sa',
  'Fe',
  'Lu',
  'Ysa',
  'Ha',
  'Ines',
  'Da',
  'Pe',
  'Ri',
];
const FEMALE_MIDDLES = ['la', 'ri', 'na', 'le', 'si', 've', 'mi', 'ra', 'lo', 'de', 'ni', '', '', ''];
const FEMALE_ENDS = ['a', 'ia', 'ine', 'elle', 'ra', 'na', 'ette', 'ys', 'anne', 'ika', 'ou', 'ea'];
const MALE_STARTS = [
  'Bo',
  'Da',
  'Te',
  'Ka',
  'Mar',
  'Jo',
  'Ra',
  'Va',
  'Lo',
  'Ed',
  'Al',
  'Ste',
  'Gre',
  'Ti',
  'Ha',
  'Os',
  'Fen',
  'Ivo',
  'Be',
  'Cas',
  'Dor',
  'Em',
  'Per',
  'Ul',
];
const MALE_MIDDLES = ['la', 'ri', 'de', 'ma', 'ven', 'to', 'ro', 'li', 'sa', '', '', '', ''];
const MALE_ENDS = ['n', 'r', 's', 'mir', 'ek', 'an', 'or', 'o', 'us', 'ard', 'vin', 'el', 'im', 'ost', 'as'];
const SURNAME_STARTS = [
  'Kal',
  'Vor',
  'Mes',
  'Dran',
  'Hol',
  'Ster',
  'Bren',
  'Ost',
  'Lav',
  'Fen',
  'Grun',
  'Tal',
  'Mor',
  'Vel',
  'Quen',
  'Ras',
  'Sel',
  'Ard',
  'Pel',
  'Dov',
  'Hask',
  'Ilm',
  'Jor',
  'Korv',
  'Lund',
  'Nav',
  'Orm',
  'Prel',
  'Rud',
  'Sor',
  'Tov',
  'Ulv',
  'Wend',
  'Yar',
  'Zel',
];
const SURNAME_MIDDLES = ['a', 'e', 'i', 'o', '', '', 'er', 'an', 'in', 'u'];
const SURNAME_ENDS = [
  'ski',
  'sson',
  'berg',
  'ova',
  'ez',
  'ani',
  'lund',
  'ford',
  'wick',
  'dottir',
  'elli',
  'ard',
  'ton',
  'sen',
  'ic',
  'eau',
  'ley',
  'more',
  'ach',
  'ven',
  'ius',
  'aro',
  'ek',
  'holt',
];
const PLACE_STARTS = [
  'Vel',
  'Kar',
  'Ost',
  'Mar',
  'Bel',
  'Dun',
  'Tor',
  'Hal',
  'Ash',
  'Lin',
  'Riv',
  'Sol',
  'Brae',
  'Cor',
  'Eld',
  'Fal',
  'Gar',
  'Nor',
  'Pen',
  'Wes',
  'Ka',
  'Tre',
  'Ul',
  'Zan',
  'Mir',
  'Quor',
  'Sen',
  'Vad',
];
const PLACE_ENDS = [
  'mora',
  'ford',
  'vik',
  'stad',
  'haven',
  'bury',
  'dale',
  'grad',
  'port',
  'wick',
  'ona',
  'ia',
  'moor',
  'field',
  'ton',
  'brook',
  'holm',
  'gate',
  'esca',
  'ovo',
  'lin',
  'ara',
  'enza',
];
const PLACE_PREFIXES = ['Port ', 'New ', 'Upper ', 'East ', 'Lake ', 'North ', 'San '];
const COMPANY_ENDS = ['tek', 'via', 'ora', 'gen', 'lux', 'nova', 'corp', 'line', 'wave', 'mark'];
const COMPANY_KINDS = [
  'Holdings',
  'Group',
  'Industries',
  'Logistics',
  'Energy',
  'Foods',
  'Systems',
  'Bank',
  'Motors',
  'Media',
  'Pharma',
  'Airways',
];

export function personName(random: Random): Person {
  const gender: Gender = random.chance(0.5) ? 'female' : 'male';
  const first =
    gender === 'female'
      ? random.pick(FEMALE_STARTS) + random.pick(FEMALE_MIDDLES) + random.pick(FEMALE_ENDS)
      : random.pick(MALE_STARTS) + random.pick(MALE_MIDDLES) + random.pick(MALE_ENDS);
  return { first: tidy(first), last: surname(random), gender };
}

export function surname(random: Random): string {
  return tidy(random.pick(SURNAME_STARTS) + random.pick(SURNAME_MIDDLES) + random.pick(SURNAME_ENDS));
}

export function placeName(random: Random): string {
  const core = tidy(random.pick(PLACE_STARTS) + random.pick(PLACE_ENDS));
  return random.chance(0.1) ? random.pick(PLACE_PREFIXES) + core : core;
}

export function companyName(random: Random): string {
  if (random.chance(0.3)) return `${surname(random)} & ${surname(random)}`;
  const stem = tidy(random.pick(PLACE_STARTS) + random.pick(COMPANY_ENDS));
  return random.chance(0.5) ? `${stem} ${random.pick(COMPANY_KINDS)}` : stem;
}

/** Joins of syllables can double a vowel awkwardly ("Aa"): fold such runs and set the case once. */
function tidy(raw: string): string {
  const folded = raw.toLowerCase().replace(/([aeiou])\1+/g, '$1');
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}
