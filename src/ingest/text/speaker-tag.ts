import { isKnownRoleNoun, splitRole } from '../understand/role-nouns';
import { isKnownGivenName } from '../understand/tagged-terms';

/**
 * "John Rolle – Governor, Central Bank of The Bahamas": a name of two to four words, a dash, a role, and maybe the
 * body it is held at: capitalised words and the small words of a body's name, no sentence ("San Fernando – The Mayor,
 * Junia Regrello, said on Wednesday ..." is a dateline's).
 */
const NAME_DASH_ROLE =
  /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+[–—-]\s+(?!(?:The|A|An|Best|Most)\s)(\p{Lu}[^,]*?)(?:,\s+\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|&))*)?$/u;
/** A paragraph that is one quotation and nothing else, its closing mark perhaps lost where the page was cut. */
const ONLY_A_QUOTATION = /^\s*["“‘«][^"“”«»]*["”’»]?[\s\p{P}]*$/u;

/**
 * A broadcaster's on-screen name tag, kept in its web copy on a line of its own above the soundbite it names:
 * "John Rolle – Governor, Central Bank of The Bahamas", then a paragraph that is only a quotation. It heads no
 * section; it says who speaks next, and it stays in the text for the speaker rules to read. The role's last word
 * (before "of", "for", "at" or "to") names a role, and the name has a given name: "Climate Change – The Facts",
 * "Harbour Ferries – Chief Executive" and "Day One – The Prosecutor" head what follows them.
 */
export function isSpeakerTag(text: string, next: string | undefined): boolean {
  return next !== undefined && ONLY_A_QUOTATION.test(next) && speakerTagName(text) !== null;
}

/** The name a line in the shape of a name tag gives ("John Rolle" of "John Rolle – Governor, ..."), or null. */
export function speakerTagName(text: string): string | null {
  const tag = NAME_DASH_ROLE.exec(text.trim());
  if (!tag) return null;
  const name = tag[1] as string;
  const roleWords = splitRole(tag[2] as string).role.split(/\s+/u);
  const isRole = isKnownRoleNoun(roleWords.at(-1) as string) && !roleWords.some((word) => /^\p{Ll}/u.test(word));
  return isRole && name.split(/\s+/u).some((word) => isKnownGivenName(word)) ? name : null;
}
