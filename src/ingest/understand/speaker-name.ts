import { isKnownRoleNoun } from './role-nouns';

// Zero-width spaces and joiners, the byte-order mark and soft hyphens hide inside names copied from web pages.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const ODD_SPACES = /[\u00A0\u2007\u202F\s]+/gu;
// A capitalised word, or an initial with its full stop; never a word ending a sentence ("Assembly.").
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)`;

/** A name as it should be shown: invisible characters out, odd spaces made plain. */
export function cleanName(name: string): string {
  return name.replace(INVISIBLE, '').replace(ODD_SPACES, ' ').trim();
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A person's name in full as the article first gives it: a speaker known by a short form ("Vander Wal", "Sarah",
 * "David M") takes the fuller form that stands where the text first names them ("Thomas Vander Wal", "Sarah
 * Allen", "David M. Capozzi"). Titles and roles before the name stay out ("Executive Director"); a first mention
 * that is no fuller leaves the name as it is.
 */
export function fullPersonName(name: string, text: string): string {
  const short = cleanName(name);
  if (!short || short.split(' ').length > 2) return short;
  const plain = text.replace(INVISIBLE, '').replace(/\u00A0/gu, ' ');
  // A full stop after the short form belongs to it only when it ends in an initial ("David M. Capozzi").
  const dot = /(?:^|\s)\p{Lu}$/u.test(short) ? String.raw`\.?` : '';
  const shortPattern = escape(short).replace(/ /gu, String.raw`\s+`);
  const pattern = new RegExp(String.raw`((?:${NAME_WORD}\s+){0,2})${shortPattern}(?![\p{L}])((?:${dot}[ \u00A0]+${NAME_WORD}(?![\p{L}]))?)`, 'u');
  const found = pattern.exec(plain);
  if (!found) return short;
  // Walk back from the name over given names, stopping at a title, a role or a sentence's first word.
  const before = (found[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  const given: string[] = [];
  let startsAt = found.index + (found[1] ?? '').length;
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const word = before[i] as string;
    startsAt = plain.lastIndexOf(word, startsAt - 1);
    const opensSentence = /(?:^|[.!?:"“”]\s*|\n\s*)$/u.test(plain.slice(Math.max(0, startsAt - 3), startsAt));
    if (isKnownRoleNoun(word.replace(/\.$/u, '')) || opensSentence) break;
    given.unshift(word);
  }
  const after = (found[2] ?? '').replace(/^\.?\s+/u, '');
  const tail = after && !isKnownRoleNoun(after.replace(/\.$/u, '')) ? after.replace(/\.$/u, '') : '';
  const initial = /^\p{Lu}$/u.test(short.split(' ').at(-1) ?? '') && tail ? '.' : '';
  return [...given, `${short}${initial}`, ...(tail ? [tail] : [])].join(' ').replace(/\s+/gu, ' ');
}
