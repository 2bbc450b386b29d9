import { isKnownRoleNoun, splitRole } from '../understand/role-nouns';

/** "John Rolle – Governor, Central Bank of The Bahamas": a name of two to four words, a dash, a role, maybe its body. */
const NAME_DASH_ROLE = /^((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s+[–—-]\s+(\p{Lu}[^,]*?)(?:,\s+\S.*)?$/u;
const OPENS_WITH_QUOTE_MARK = /^\s*["“‘«]/u;

/**
 * A broadcaster's on-screen name tag, kept in its web copy on a line of its own above the soundbite it names:
 * "John Rolle – Governor, Central Bank of The Bahamas", then a paragraph that opens with a quotation. It heads no
 * section; it says who speaks next, and it stays in the text for the speaker rules to read. The role's last word
 * (before "of", "for", "at" or "to") names a role: "Climate Change – The Facts" heads what follows it.
 */
export function isSpeakerTag(text: string, next: string | undefined): boolean {
  return next !== undefined && OPENS_WITH_QUOTE_MARK.test(next) && speakerTagName(text) !== null;
}

/** The name a line in the shape of a name tag gives ("John Rolle" of "John Rolle – Governor, ..."), or null. */
export function speakerTagName(text: string): string | null {
  const tag = NAME_DASH_ROLE.exec(text.trim());
  if (!tag) return null;
  const roleWords = splitRole(tag[2] as string).role.split(/\s+/u);
  const isRole = isKnownRoleNoun(roleWords.at(-1) as string) && !roleWords.some((word) => /^\p{Ll}/u.test(word));
  return isRole ? (tag[1] as string) : null;
}
