import { runBefore } from './run-before';

/** Words that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr prof rev fr sr jr st mt gen col lt maj capt cmdr adm sgt cpl pte gov sen rep pres ' +
    'hon rt insp supt det inc ltd co corp plc llc bros no nos vs etc approx est dept univ ave rd jan feb ' +
    'mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

// Terminal punctuation, any closing quotes or brackets after it, a space, then what can start a sentence.
// Tried only where a run of punctuation begins: from inside a long run ("!!!!...") each try would scan it again.
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»)\]]*(?= +["“‘'«„(]?[\p{Lu}\p{N}])/gu;

/** The first sentence of a paragraph (the whole paragraph when it has only one). */
export function firstSentence(paragraph: string): string {
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(paragraph); match; match = BOUNDARY.exec(paragraph)) {
    if (match[0].startsWith('.') && endsWithAbbreviation(paragraph, match.index)) continue;
    return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

const WORD_CHAR = /^[\p{L}.]$/u;

/** Whether the word that ends at `end` is an abbreviation (its full stop does not end the sentence). */
function endsWithAbbreviation(paragraph: string, end: number): boolean {
  const word = runBefore(paragraph, end, (char) => WORD_CHAR.test(char));
  if (word === '') return false;
  // A single initial ("J. Smith"), or dotted letters ("U.S", "e.g").
  if (/^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
