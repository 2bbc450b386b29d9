/** Small facts about a line's shape, shared by the headline, heading and cleaning rules. */

/** Words in a line whose whitespace is already single spaces. */
export function wordCount(text: string): number {
  if (text === '') return 0;
  let count = 1;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) count += 1;
  return count;
}

/** Ends like a sentence: a full stop (not an ellipsis), possibly inside closing quotes or brackets. */
export function endsWithFullStop(text: string): boolean {
  return /(?<!\.)\.["”’»)\]]*$/u.test(text);
}

/** Ends like a sentence: a full stop, question or exclamation mark, possibly inside a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?]["”’)]?$/u.test(text);
}

/** Ends with punctuation that leads into something else: a comma, semicolon, colon or dash. */
export function endsOpen(text: string): boolean {
  return /[,;:–—-]$/u.test(text);
}

/**
 * Starts the way a title does: a capital letter, a digit or a sum, possibly after an opening quotation mark, or a name
 * written with a small first letter ("iPhone", "eBay", "openFDA", "e-Recruiting").
 */
export function startsLikeTitle(text: string): boolean {
  // "$5m Solar Power Plant ...", "£2bn deal ...": a sum of money may open one.
  return /^["“‘'«„¿¡(]?(?:[\p{Lu}\p{N}]|\p{Sc}\p{N}|\p{Ll}[\p{Ll}-]{0,6}\p{Lu})/u.test(text);
}

/** Letters and digits only, lowercased: for comparing lines that repeat each other. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
